package dev.gongconnector.kafka.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.simulator.GongSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The plugin zip the build makes, unzipped into a worker's {@code plugin.path} as the README says,
 * really loads: a worker in a separate process, with Kafka's jars but none of ours on its class
 * path, lists the connector and runs it against the local Gong.
 */
class PluginPackagingTest {

  static final int CALLS = 150;

  static EmbeddedKafka kafka;
  static GongSimulator sim;
  static WorkerProcess worker;
  static Path plugins;

  @BeforeAll
  static void start() throws Exception {
    kafka = SharedKafka.get();
    sim = GongSimulator.builder().calls(CALLS).seed(11).rateLimitPerSecond(3).dailyLimit(0).start();
    Path dir = Files.createTempDirectory("gong-plugin-it");
    plugins = Files.createDirectories(dir.resolve("plugins"));
    String zip =
        java.util.Objects.requireNonNull(
            System.getProperty("gong.plugin.zip"),
            "gong.plugin.zip: run in the connect-integration execution (after package)");
    unzip(Path.of(zip), plugins);
    worker = WorkerProcess.start(kafka.bootstrapServers(), "plugin", plugins, dir);
  }

  @AfterAll
  static void stop() {
    if (worker != null) worker.close();
    if (sim != null) sim.close();
  }

  @Test
  @Timeout(180)
  void aWorkerLoadsTheConnectorFromTheUnzippedPluginAndRunsIt() throws Exception {
    String version = System.getProperty("gong.plugin.version");
    Path root = plugins.resolve("gongconnector-gong-kafka-connect-" + version);
    assertThat(root.resolve("manifest.json"))
        .content()
        .contains("\"version\": \"" + version + "\"");
    try (Stream<Path> lib = Files.list(root.resolve("lib"))) {
      List<String> jars = lib.map(p -> p.getFileName().toString()).toList();
      assertThat(jars)
          .contains("gong-kafka-connect-" + version + ".jar", "gong-client-" + version + ".jar")
          .noneMatch(j -> j.startsWith("connect-api") || j.startsWith("kafka-clients"));
    }
    assertThat(WorkerProcess.kafkaClassPath())
        .doesNotContain("gong-client", "kafka-connect/target");

    String plugins = awaitRest(worker, Duration.ofSeconds(120));
    assertThat(plugins)
        .contains("\"class\":\"dev.gongconnector.kafka.GongSourceConnector\"")
        .contains("\"version\":\"" + dev.gongconnector.kafka.config.Version.VERSION + "\"");

    Map<String, String> config = ConnectorHarness.config(sim, "p", 1);
    config.put("name", "gong-plugin");
    // validate too: the plugin's ConfigDef and credential check, through the plugin's class loader
    assertThat(worker.validate(ConnectorHarness.json(config))).contains("\"error_count\":0");
    worker.putConnector("gong-plugin", ConnectorHarness.json(config));
    try (TopicReader calls = new TopicReader(kafka.bootstrapServers(), "p.calls");
        TopicReader transcripts = new TopicReader(kafka.bootstrapServers(), "p.transcripts")) {
      List<ConsumerRecord<String, String>> c =
          calls.readUntil(r -> distinctKeys(r) >= CALLS, Duration.ofSeconds(90));
      List<ConsumerRecord<String, String>> t =
          transcripts.readUntil(r -> distinctKeys(r) >= CALLS, Duration.ofSeconds(30));
      assertThat(distinctKeys(c)).as("calls; worker log:%n%s", worker.logText()).isEqualTo(CALLS);
      assertThat(distinctKeys(t)).isEqualTo(CALLS);
    }
    assertThat(worker.status("gong-plugin"))
        .contains("\"state\":\"RUNNING\"")
        .doesNotContain("FAILED");
    assertThat(sim.rateLimitedCount()).isZero();
  }

  /** GET /connector-plugins once the worker answers (it starts in its own JVM). */
  private static String awaitRest(WorkerProcess w, Duration timeout) throws Exception {
    Instant end = Instant.now().plus(timeout);
    while (true) {
      assertThat(w.alive()).as("worker process; its log:%n%s", w.logText()).isTrue();
      try {
        String body = w.get("/connector-plugins?connectorsOnly=true");
        if (body.startsWith("[")) return body; // before that, Jetty answers 404
      } catch (IOException | IllegalStateException e) {
        // not listening yet
      }
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("worker did not answer; its log:\n" + w.logText());
      }
      Thread.sleep(500);
    }
  }

  private static void unzip(Path zip, Path into) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into)) throw new IOException("entry outside the target: " + e);
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          copy(in, target);
        }
      }
    }
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.copy(in, target);
  }

  private static long distinctKeys(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).size();
  }
}
