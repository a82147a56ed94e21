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
 * rate.
 */
class ConnectorTakeoverTest {

  static final int CALLS = 1500;

  static EmbeddedKafka kafka;
  static GongSimulator sim;
  static ConnectWorker first;
  static ConnectWorker second;

  @BeforeAll
  static void start() throws Exception {
    kafka = SharedKafka.get();
    sim =
        GongSimulator.builder()
            .calls(CALLS)
            .seed(7)
            .rateLimitPerSecond(3)
            .dailyLimit(0)
            .latencyMs(5)
            .start();
    first = ConnectWorker.start(kafka.bootstrapServers(), "takeover");
    second = ConnectWorker.start(kafka.bootstrapServers(), "takeover");
  }

  @AfterAll
  static void stop() {
    if (second != null) second.close();
    if (first != null) first.close();
    if (sim != null) sim.close();
  }

  @Test
  @Timeout(240)
  void everyCallLandsOncePerKeyAfterAWorkerStopsMidSync() throws Exception {
    Map<String, String> config = ConnectorHarness.config(sim, "t", 2);
    // Listed here, so that the connector's own listing (on a restart on the other worker) sends
    // nothing
    // outside the tasks' shared schedule; discovery is covered by ConnectorFaultsTest.
    config.put("gong.workspaces", ConnectorHarness.workspaces(sim));
    first.putConnector("gong-takeover", ConnectorHarness.json(config));
    try (TopicReader calls = new TopicReader(kafka.bootstrapServers(), "t.calls");
        TopicReader transcripts = new TopicReader(kafka.bootstrapServers(), "t.transcripts");
        TopicReader users = new TopicReader(kafka.bootstrapServers(), "t.users")) {
      calls.readUntil(r -> r.size() >= 300, Duration.ofSeconds(90));
      first.close(); // mid-sync: its task moves to the second worker, resuming from committed
      // offsets
      first = null;
      List<ConsumerRecord<String, String>> c =
          calls.readUntil(r -> distinctKeys(r) >= CALLS, Duration.ofSeconds(150));
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
      assertThat(sim.rateLimitedCount()).as("429s from the local Gong").isZero();
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
