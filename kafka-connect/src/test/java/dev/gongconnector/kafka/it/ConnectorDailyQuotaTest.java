package dev.gongconnector.kafka.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.kafka.metrics.GongTaskMetrics;
import dev.gongconnector.simulator.GongSimulator;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The local Gong's daily quota runs out mid-sync: the task pauses (still RUNNING, not FAILED, JMX
 * says paused), and when the local Gong's day turns it resumes and delivers the rest.
 */
class ConnectorDailyQuotaTest {

  static final int CALLS = 600;
  static final int DAILY = 10;

  static EmbeddedKafka kafka;
  static ShiftableClock clock;
  static GongSimulator sim;
  static ConnectWorker worker;

  @BeforeAll
  static void start() {
    kafka = SharedKafka.get();
    // Noon on the local Gong, so its Retry-After (until its midnight) reads as a spent daily quota.
    clock =
        new ShiftableClock(LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC));
    sim =
        GongSimulator.builder()
            .calls(CALLS)
            .seed(13)
            .clock(clock)
            .anchorDate(LocalDate.now(ZoneOffset.UTC))
            .cursorTtl(Duration.ZERO)
            .rateLimitPerSecond(3)
            .dailyLimit(DAILY)
            .start();
    worker = ConnectWorker.start(kafka.bootstrapServers(), "daily");
  }

  @AfterAll
  static void stop() {
    if (worker != null) worker.close();
    if (sim != null) sim.close();
  }

  @Test
  @Timeout(150)
  void aSpentDailyQuotaPausesTheTaskUntilTheDayTurns() throws Exception {
    Map<String, String> config = ConnectorHarness.config(sim, "d", 1);
    config.put("gong.workspaces", ConnectorHarness.workspaces(sim)); // one request of the day's 10
    config.put(
        "sync.interval.ms", "600000"); // no incremental runs spending the tiny quota meanwhile
    worker.putConnector("gong-daily", ConnectorHarness.json(config));
    ObjectName mbean = GongTaskMetrics.objectName("gong-daily", 0);
    try (TopicReader calls = new TopicReader(kafka.bootstrapServers(), "d.calls")) {
      ConnectorHarness.await(
          "the task to pause for the quota", Duration.ofSeconds(60), () -> paused(mbean));
      List<ConsumerRecord<String, String>> before =
          calls.readUntil(r -> false, Duration.ofSeconds(3));
      int seen = keys(before);
      assertThat(seen).isGreaterThan(0).isLessThan(CALLS);
      assertThat(worker.status("gong-daily"))
          .contains("\"state\":\"RUNNING\"")
          .doesNotContain("FAILED");
      Thread.sleep(2500); // still paused: rechecks meet 429s, nothing new arrives
      assertThat(keys(calls.readUntil(r -> false, Duration.ofMillis(500)))).isEqualTo(seen);
      assertThat(paused(mbean)).isTrue();

      clock.shift(Duration.ofDays(1)); // the local Gong's day turns: its quota is back
      List<ConsumerRecord<String, String>> all =
          calls.readUntil(r -> keys(r) >= CALLS, Duration.ofSeconds(60));
      assertThat(keys(all)).isEqualTo(CALLS);
      assertThat(paused(mbean)).isFalse();
    }
  }

  private static boolean paused(ObjectName mbean) {
    try {
      return (Boolean)
          ManagementFactory.getPlatformMBeanServer().getAttribute(mbean, "PausedForQuota");
    } catch (Exception e) {
      return false; // not registered yet
    }
  }

  private static int keys(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).size();
  }
}
