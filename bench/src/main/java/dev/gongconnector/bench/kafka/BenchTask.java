package dev.gongconnector.bench.kafka;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.workspaces.Workspace;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What the Kafka benches share: one company's task properties, the JVM's CPU time. */
final class BenchTask {

  private BenchTask() {}

  /**
   * The properties of a Gong source task that owns every workspace of {@code sim}'s company (one
   * request, unpaced, lists them) and reads calls and transcripts from its earliest call, users
   * off, as task 0 of 1.
   */
  static Map<String, String> props(LocalGong sim, String name, long marginMs, int rate) {
    GongClient client =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .rateLimitPerSecond(0)
            .build();
    String workspaces =
        client.workspaces().list().stream().map(Workspace::id).collect(Collectors.joining(","));
    Map<String, String> p = new HashMap<>();
    p.put("name", name);
    p.put("gong.base.url", sim.baseUrl());
    p.put("gong.access.key", sim.accessKey());
    p.put("gong.access.key.secret", sim.accessKeySecret());
    p.put("streams", "calls,transcripts");
    p.put("topic.calls", "calls");
    p.put("topic.transcripts", "transcripts");
    p.put("sync.from", sim.earliestCallStart().toString());
    p.put("quota.margin.ms", Long.toString(marginMs));
    p.put("quota.requests.per.second", Integer.toString(rate));
    p.put("task.index", "0");
    p.put("task.count", "1");
    p.put("task.workspaces", workspaces);
    p.put("task.users", "false");
    return p;
  }

  /** CPU time of the whole JVM (tasks and the local Gongs in it), in nanoseconds. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
