package dev.gongconnector.bench.kafka;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU seconds of the JVM's live threads by what they are: the local Gongs' HTTP server and
 * handlers, the JDK HTTP client's selector threads, the tasks' read-ahead and follow-up threads,
 * the polling threads standing for the workers, the rest (JIT, GC). Taken as a difference from
 * {@link #start()}; threads that ended in between are missing (the tasks' own threads: see "task
 * CPU s").
 */
final class CpuGroups {

  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  private final Map<Long, Long> before = new HashMap<>();

  private CpuGroups() {}

  static CpuGroups start() {
    CpuGroups g = new CpuGroups();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      g.before.put(t.getId(), Math.max(0, MX.getThreadCpuTime(t.getId())));
    }
    return g;
  }

  /**
   * CPU seconds per group since {@link #start()}; the rest of {@code jvmCpu} is JIT, GC, ended
   * threads.
   */
  String since(double jvmCpu) {
    Map<String, Double> s = new TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      long cpu = Math.max(0, MX.getThreadCpuTime(t.getId())) - before.getOrDefault(t.getId(), 0L);
      s.merge(group(t.getName()), cpu / 1e9, Double::sum);
    }
    double rest = jvmCpu - s.values().stream().mapToDouble(Double::doubleValue).sum();
    s.put("rest (JIT, GC, ended task threads)", rest);
    StringBuilder b = new StringBuilder();
    s.forEach((k, v) -> b.append(String.format("%s %.1f, ", k, v)));
    return b.length() == 0 ? "" : b.substring(0, b.length() - 2);
  }

  private static String group(String name) {
    if (name.startsWith("gong-sim") || name.startsWith("HTTP-Dispatcher")) return "local Gongs";
    if (name.startsWith("HttpClient")) return "HTTP client";
    if (name.startsWith("gong-bench-")) return "task read-ahead";
    if (name.startsWith("pool-")) return "polling";
    return "other threads";
  }
}
