package dev.gongconnector.kafka.it;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;

/** A real distributed Connect worker in the test JVM, with its REST API on a loopback port. */
final class ConnectWorker extends ConnectRest implements AutoCloseable {

  private static final String PLUGIN_DIR = emptyDir();

  private static String emptyDir() {
    try {
      java.nio.file.Path d = java.nio.file.Files.createTempDirectory("connect-plugins");
      d.toFile().deleteOnExit();
      return d.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private final Connect<?> connect;

  private ConnectWorker(Connect<?> connect) {
    super(connect.rest().serverUrl());
    this.connect = connect;
  }

  static ConnectWorker start(String bootstrap, String group) {
    Map<String, String> p = new HashMap<>();
    p.put("bootstrap.servers", bootstrap);
    p.put("group.id", group);
    p.put("listeners", "http://127.0.0.1:0");
    p.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
    p.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
    p.put("value.converter.schemas.enable", "true");
    p.put("config.storage.topic", group + "-configs");
    p.put("offset.storage.topic", group + "-offsets");
    p.put("status.storage.topic", group + "-status");
    p.put("config.storage.replication.factor", "1");
    p.put("offset.storage.replication.factor", "1");
    p.put("status.storage.replication.factor", "1");
    p.put("offset.storage.partitions", "1");
    p.put("status.storage.partitions", "1");
    p.put("offset.flush.interval.ms", "300");
    // A stopped worker's tasks move to the others at once (the default waits 5 minutes for it to
    // return).
    p.put("scheduled.rebalance.max.delay.ms", "0");
    p.put("plugin.discovery", "service_load");
    p.put(
        "plugin.path",
        PLUGIN_DIR); // our connector is on the class path; the worker wants a path anyway
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try {
      return new ConnectWorker(new ConnectDistributed().startConnect(p));
    } finally {
      Thread.currentThread()
          .setContextClassLoader(before); // startConnect leaves its own loader set
    }
  }

  @Override
  public void close() {
    connect.stop();
    connect.awaitStop();
  }
}
