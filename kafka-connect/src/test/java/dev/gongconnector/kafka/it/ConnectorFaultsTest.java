package dev.gongconnector.kafka.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.AddCallResult;
import dev.gongconnector.client.calls.Direction;
import dev.gongconnector.client.calls.NewCallParty;
import dev.gongconnector.client.calls.NewCallRequest;
import dev.gongconnector.client.users.User;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A local Gong that fails 10% of requests (500s and dropped connections) and answers scripted 429
 * storms: nothing is lost. Then calls added to it while the connector runs arrive on the next poll.
 */
class ConnectorFaultsTest {

  static final int CALLS = 600;

  static EmbeddedKafka kafka;
  static GongSimulator sim;
  static ConnectWorker worker;

  @BeforeAll
  static void start() {
    kafka = SharedKafka.get();
    sim =
        GongSimulator.builder()
            .calls(CALLS)
            .seed(11)
            .rateLimitPerSecond(3)
            .dailyLimit(0)
            .faultRate(0.1)
            .start();
    worker = ConnectWorker.start(kafka.bootstrapServers(), "faults");
  }

  @AfterAll
  static void stop() {
    if (worker != null) worker.close();
    if (sim != null) sim.close();
  }

  @Test
  @Timeout(180)
  void faultsAndRateLimitStormsLoseNothingAndNewCallsArriveOnTheNextPoll() throws Exception {
    sim.faults()
        .enqueue(
            Fault.rateLimited(1).onPath("/v2/calls/extensive").times(4),
            Fault.rateLimited(2).onPath("/v2/calls/transcript").times(3),
            Fault.status(503).onPath("/v2/calls/extensive").times(2));
    // No gong.workspaces: the connector lists them itself.
    worker.putConnector("gong-faults", ConnectorHarness.json(ConnectorHarness.config(sim, "f", 1)));
    try (TopicReader calls = new TopicReader(kafka.bootstrapServers(), "f.calls");
        TopicReader transcripts = new TopicReader(kafka.bootstrapServers(), "f.transcripts")) {
      List<ConsumerRecord<String, String>> c =
          calls.readUntil(r -> keys(r) >= CALLS, Duration.ofSeconds(120));
      assertThat(keys(c)).isEqualTo(CALLS);
      assertThat(keys(transcripts.readUntil(r -> keys(r) >= CALLS, Duration.ofSeconds(30))))
          .isEqualTo(CALLS);
      assertThat(sim.faults().pending()).as("scripted faults all met").isZero();

      List<String> added = addCalls(3);
      List<ConsumerRecord<String, String>> after =
          calls.readUntil(r -> ids(r).containsAll(added), Duration.ofSeconds(45));
      assertThat(ids(after)).containsAll(added);
      assertThat(worker.status("gong-faults")).doesNotContain("FAILED");
    }
  }

  /** Adds calls that started a minute ago, in the first workspace, through our client. */
  private static List<String> addCalls(int n) {
    GongClient gong =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .rateLimitPerSecond(0)
            .maxAttempts(8)
            .build();
    String workspace = ConnectorHarness.workspaces(sim).split(",")[0];
    User host =
        gong.users().list().filter(u -> Boolean.TRUE.equals(u.active())).findFirst().orElseThrow();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      NewCallRequest req =
          NewCallRequest.builder(
                  "kafka-it-" + i,
                  OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
                  Direction.OUTBOUND,
                  host.id())
              .party(NewCallParty.user(host.id(), host.emailAddress(), host.firstName()))
              .title("Added while the connector runs " + i)
              .workspaceId(workspace)
              .build();
      AddCallResult r = gong.calls().add(req);
      ids.add(r.callId());
    }
    return ids;
  }

  private static long keys(List<ConsumerRecord<String, String>> records) {
    return ids(records).size();
  }

  private static java.util.Set<String> ids(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
  }

  static Map<String, Long> counts(List<ConsumerRecord<String, String>> r) {
    return TopicReader.countByKey(r);
  }
}
