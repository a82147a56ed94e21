package dev.gongconnector.kafka.it;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.workspaces.Workspace;
import dev.gongconnector.simulator.GongSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Connector configurations and waiting helpers shared by the integration tests. */
final class ConnectorHarness {

  private ConnectorHarness() {}

  /**
   * A connector config for the local Gong, reading every generated call; fast intervals for tests.
   */
  static Map<String, String> config(GongSimulator sim, String prefix, int tasks) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("connector.class", "dev.gongconnector.kafka.GongSourceConnector");
    c.put("tasks.max", Integer.toString(tasks));
    c.put("gong.base.url", sim.baseUrl());
    c.put("gong.access.key", sim.accessKey());
    c.put("gong.access.key.secret", sim.accessKeySecret());
    c.put("gong.request.timeout.ms", "15000");
    // The build machine is shared and loaded: scheduling jitter of 100 ms and more is common there.
    // Requests delayed after the gate by more than the margin still give a 429 now and then
    // (traced in the README, "Tests"); ConnectorTakeoverTest then lists each 429's window.
    c.put("quota.margin.ms", "150");
    // The connector's own requests wait for a slot kept for them: one in 8 here (~3 s), not 1 in
    // 100.
    c.put("quota.connector.slot.every", "8");
    c.put("topic.calls", prefix + ".calls");
    c.put("topic.transcripts", prefix + ".transcripts");
    c.put("topic.users", prefix + ".users");
    c.put("sync.from", sim.earliestCallStart().toString());
    c.put("sync.interval.ms", "1000");
    c.put("sync.lookback.minutes", "60");
    c.put("quota.pause.recheck.ms", "1000");
    return c;
  }

  /** The local Gong's workspace ids, read once through the client. */
  static String workspaces(GongSimulator sim) {
    GongClient client =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .rateLimitPerSecond(0)
            .build();
    return client.workspaces().list().stream().map(Workspace::id).collect(Collectors.joining(","));
  }

  static String json(Map<String, String> m) {
    StringBuilder sb = new StringBuilder("{");
    for (var e : m.entrySet()) {
      if (sb.length() > 1) sb.append(',');
      sb.append('"')
          .append(e.getKey())
          .append("\":\"")
          .append(e.getValue().replace("\"", "\\\""))
          .append('"');
    }
    return sb.append('}').toString();
  }

  static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(100);
    }
  }
}
