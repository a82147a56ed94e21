package dev.gongconnector.kafka.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A distributed Connect worker in a process of its own ({@code ConnectDistributed}, as {@code
 * connect-distributed.sh} starts it), with the Kafka jars of the test class path but none of ours:
 * the connector can only come from {@code plugin.path}. In the test JVM our classes are on the
 * class path already, so a worker there would load them from it and prove nothing about the plugin.
 */
final class WorkerProcess extends ConnectRest implements AutoCloseable {

  private final Process process;
  final Path log;

  private WorkerProcess(URI rest, Process process, Path log) {
    super(rest);
    this.process = process;
    this.log = log;
  }

  static WorkerProcess start(String bootstrap, String group, Path pluginPath, Path dir)
      throws IOException {
    int port = freePort();
    Properties p = new Properties();
    // Only what the plugin's jar declares in META-INF/services is found: that is checked too.
    p.putAll(workerProperties(bootstrap, group, "http://127.0.0.1:" + port, pluginPath.toString()));
    Path props = dir.resolve("worker.properties");
    try (var out = Files.newBufferedWriter(props)) {
      p.store(out, "Connect worker of PluginPackagingTest");
    }
    Path log = dir.resolve("worker.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-Xmx384m");
    cmd.add("-Dlog4j2.configurationFile=" + log4jConfig());
    cmd.add("-cp");
    cmd.add(kafkaClassPath());
    cmd.add("org.apache.kafka.connect.cli.ConnectDistributed");
    cmd.add(props.toString());
    Process process =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new WorkerProcess(URI.create("http://127.0.0.1:" + port), process, log);
  }

  /**
   * The test class path without our modules: Kafka, Connect, their dependencies, and the test
   * libraries (harmless). Surefire puts the test class path in {@code java.class.path}.
   */
  static String kafkaClassPath() {
    List<String> kept = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String path = e.replace('\\', '/');
      boolean ours =
          path.contains("/dev/gongconnector/")
              || path.endsWith("/target/classes")
              || path.endsWith("/target/test-classes")
              || path.contains("/target/classes/")
              || path.contains("/target/test-classes/")
              || path.matches(".*/gong-[a-z-]+-[0-9][^/]*\\.jar");
      if (!ours) kept.add(e);
    }
    return String.join(File.pathSeparator, kept);
  }

  private static String log4jConfig() {
    try {
      return Path.of(WorkerProcess.class.getResource("/log4j2-test.xml").toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy(); // SIGTERM: the worker's shutdown hook stops it cleanly
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
