package dev.gongconnector.kafka.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.RateLimitedException;
import dev.gongconnector.kafka.metrics.GongTaskMetrics;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's {@link SlotSendEvent} in a JFR recording, against the local Gong over HTTP: one
 * event per request with its slot, the slot's start, the gate's release and the outcome.
 */
class SlotSendEventTest {

  static GongSimulator sim;

  @BeforeAll
  static void start() {
    sim = GongSimulator.builder().calls(10).rateLimitPerSecond(3).dailyLimit(0).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void aRecordingGetsOneEventPerRequestWithItsSlotAndOutcome() throws Exception {
    GongClient client =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .maxAttempts(1)
            .rateLimitPerSecond(0)
            .dailyBudget(0)
            .build();
    long margin = 40;
    SlotGate gate = new SlotGate(3, margin, 1, 2, 100);
    DailyBudget budget = new DailyBudget(0, Clock.systemUTC());
    GongGateway gateway =
        new GongGateway(
            "jfr-test-1",
            gate,
            budget,
            new GongTaskMetrics(budget, () -> false),
            Clock.systemUTC());
    // A request before the recording: no event.
    gateway.send("calls", () -> client.workspaces().list());
    Path file = Files.createTempFile("slot-send", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable(SlotSendEvent.NAME).withThreshold(Duration.ZERO);
      recording.start();
      gateway.send("calls", () -> client.workspaces().list());
      sim.faults().enqueue(Fault.rateLimited(1).onPath("/v2/workspaces"));
      assertThatThrownBy(() -> gateway.send("calls", () -> client.workspaces().list()))
          .isInstanceOf(RateLimitedException.class);
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> events =
        RecordingFile.readAllEvents(file).stream()
            .filter(e -> e.getEventType().getName().equals(SlotSendEvent.NAME))
            .toList();
    Files.deleteIfExists(file);

    assertThat(events).hasSize(2);
    assertThat(events).extracting(e -> e.getString("outcome")).containsExactly("ok", "429");
    double slotMs = gate.slotMs();
    long previous = Long.MIN_VALUE;
    for (RecordedEvent e : events) {
      assertThat(e.getString("gate")).isEqualTo("jfr-test-1");
      assertThat(e.getString("stream")).isEqualTo("calls");
      long slot = e.getLong("slot");
      // Task 1 of 2 owns the odd slots, and the slot's start is where the schedule puts it.
      assertThat(Math.floorMod(slot, 2)).isEqualTo(1);
      assertThat(slot).isGreaterThan(previous);
      previous = slot;
      long start = e.getInstant("slotStart").toEpochMilli();
      assertThat(start).isEqualTo((long) Math.ceil(slot * slotMs));
      long released = e.getInstant("released").toEpochMilli();
      assertThat(released).isGreaterThanOrEqualTo(start);
      if (e.getInt("skipped") < SlotGate.MAX_LATE_SKIPS) {
        assertThat(released - start).isLessThanOrEqualTo(margin / 2);
      }
      // The event starts when the client call begins: after the release.
      assertThat(e.getStartTime().toEpochMilli()).isGreaterThanOrEqualTo(released - 1);
    }
  }
}
