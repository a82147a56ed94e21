package dev.gongconnector.kafka.it;

import java.io.IOException;
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
    // Our connector is on the class path; the worker wants a plugin path anyway.
    Map<String, String> p = workerProperties(bootstrap, group, "http://127.0.0.1:0", PLUGIN_DIR);
    p.put("value.converter.schemas.enable", "true");
    // A stopped worker's tasks move to the others at once (the default waits 5 minutes for it to
    // return).
    p.put("scheduled.rebalance.max.delay.ms", "0");
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
