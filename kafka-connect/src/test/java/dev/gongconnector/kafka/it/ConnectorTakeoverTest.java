package dev.gongconnector.kafka.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.simulator.GongSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two workers in one group run a connector with two tasks against a local Gong that enforces Gong's
 * 3 requests per second. One worker is stopped mid-sync; the other takes its task over from the
 * stored offsets. Every call lands on both topics once per key (duplicates only for pages in
 * flight), and the local Gong answered no 429: the two tasks together stayed within the company's
 * rate, also while the connector was validated and restarted with its tasks running (its own
 * requests, the credential check and listing the workspaces, go in the slots kept for them).
 */
class ConnectorTakeoverTest {

  static final int CALLS = 5000;

  static EmbeddedKafka kafka;
  static GongSimulator sim;
  static SendWindows windows;
  static ConnectWorker first;
  static ConnectWorker second;

  @BeforeAll
  static void start() throws Exception {
    kafka = SharedKafka.get();
    windows = new SendWindows();
    sim =
        GongSimulator.builder()
            .calls(CALLS)
            .seed(7)
            .rateLimitPerSecond(3)
            .dailyLimit(0)
            .latencyMs(5)
            .onArrival(windows.arrivals())
            .start();
    first = ConnectWorker.start(kafka.bootstrapServers(), "takeover");
    second = ConnectWorker.start(kafka.bootstrapServers(), "takeover");
  }

  @AfterAll
  static void stop() {
    if (second != null) second.close();
    if (first != null) first.close();
    if (sim != null) sim.close();
    if (windows != null) windows.close();
  }

  @Test
  @Timeout(400)
  void everyCallLandsOncePerKeyAfterAWorkerStopsMidSync() throws Exception {
    Map<String, String> config = ConnectorHarness.config(sim, "t", 2);
    // No gong.workspaces: the connector lists them whenever it starts, here three times at least.
    first.putConnector("gong-takeover", ConnectorHarness.json(config));
    try (TopicReader calls = new TopicReader(kafka.bootstrapServers(), "t.calls");
        TopicReader transcripts = new TopicReader(kafka.bootstrapServers(), "t.transcripts");
        TopicReader users = new TopicReader(kafka.bootstrapServers(), "t.users")) {
      calls.readUntil(r -> r.size() >= 500, Duration.ofSeconds(90));
      // With both tasks sending in every slot they own: the connector's own requests.
      Map<String, String> named = new java.util.LinkedHashMap<>(config);
      named.put("name", "gong-takeover");
      assertThat(second.validate(ConnectorHarness.json(named))).contains("\"error_count\":0");
      first.restartConnector("gong-takeover"); // lists the workspaces again; tasks keep running
      assertThat(first.validate(ConnectorHarness.json(named))).contains("\"error_count\":0");
      calls.readUntil(r -> r.size() >= 1500, Duration.ofSeconds(90));
      assertThat(sim.rateLimitedCount())
          .as(() -> "429s while validating and restarting" + windows.describe(3))
          .isZero();
      first.close(); // mid-sync: its task moves to the second worker, resuming from committed
      // offsets
      first = null;
      List<ConsumerRecord<String, String>> c =
          calls.readUntil(r -> distinctKeys(r) >= CALLS, Duration.ofSeconds(240));
      List<ConsumerRecord<String, String>> t =
          transcripts.readUntil(r -> distinctKeys(r) >= CALLS, Duration.ofSeconds(30));
      List<ConsumerRecord<String, String>> u =
          users.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(10));

      assertThat(distinctKeys(c)).isEqualTo(CALLS);
      assertThat(distinctKeys(t)).isEqualTo(CALLS);
      // At-least-once: a repeat only for a page in flight (100 calls) per task when the worker
      // stopped.
      assertThat(c.size() - CALLS).isLessThanOrEqualTo(200);
      assertThat(t.size() - CALLS).isLessThanOrEqualTo(200);
      assertThat(u).isNotEmpty();
      assertThat(c.get(0).value())
          .contains("\"schema\"")
          .contains("\"parties\"")
          .contains("\"started\"");
      assertThat(t.get(0).value()).contains("\"speakerName\"").contains("\"sentences\"");
      System.out.println("ConnectorTakeoverTest: " + windows.summary(4));
      assertThat(sim.rateLimitedCount())
          .as(() -> "429s from the local Gong" + windows.describe(3))
          .isZero();
      assertThat(second.status("gong-takeover"))
          .contains("\"state\":\"RUNNING\"")
          .doesNotContain("FAILED");
    }
  }

  private static long distinctKeys(List<ConsumerRecord<String, String>> records) {
    Set<String> keys = records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    return keys.size();
  }
}
