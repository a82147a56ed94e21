package dev.gongconnector.bench.kafka;

import dev.gongconnector.kafka.GongSourceTask;
import dev.gongconnector.simulator.GongSimulator;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The Gong source task's records over a fixed local Gong (seed, anchor date, calls), as one hash:
 * the output-identity check of changes to the task's CPU path (run the old and the new build, the
 * hashes must be equal), and the task's CPU and garbage per record with the quota out of the way
 * (local Gong and task at {@code RATE} requests/s, no latency), which is less noisy than the
 * records/s of {@link ConnectBench} on a shared machine.
 *
 * <p>Each record is described canonically (topic, source partition with the local Gong's URL and
 * key left out, key and value schemas in full, every value with its Java class; not the offsets,
 * which hold the time of the run) and hashed; the hashes are sorted (pages of different workspaces
 * may interleave) and hashed together. {@code ROUNDS} runs over the same local Gong: the first
 * warms the JVM up, the last is measured; each prints its hash.
 *
 * <p>Usage: {@code ConnectRecordsDump [CALLS=1500] [ROUNDS=3] [RATE=100] [SEED=100]
 * [MODE=hash|print|count]}
 */
public final class ConnectRecordsDump {

  private ConnectRecordsDump() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 100;
    // hash: one hash of all records; print: each record's description too; count: neither (the
    // CPU and garbage of the task and the local Gong alone, without the hashing's).
    String mode = args.length > 4 ? args[4] : "hash";
    try (GongSimulator sim =
        GongSimulator.builder()
            .calls(calls)
            .seed(seed)
            .anchorDate(LocalDate.of(2026, 11, 1))
            .rateLimitPerSecond(rate)
            .dailyLimit(0)
            .latencyMs(0)
            .start()) {
      for (int round = 1; round <= rounds; round++) {
        Thread.sleep(1100); // out of the local Gong's 1 s window of the round before
        Map<String, String> props = BenchTask.props(LocalGong.inThisJvm(sim), "dump", 0, rate);
        long cpu0 = BenchTask.processCpuNanos();
        long gcCount0 = gcCount();
        long gcMs0 = gcMillis();
        long alloc0 = allocatedBytes();
        long t0 = System.nanoTime();
        CpuGroups groups = CpuGroups.start();
        List<String> hashes =
            drain(sim, props, calls, round == rounds ? mode : mode.replace("print", "hash"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (BenchTask.processCpuNanos() - cpu0) / 1e9;
        long alloc = allocatedBytes() - alloc0;
        hashes.sort(null);
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        for (String h : hashes) all.update(h.getBytes(StandardCharsets.UTF_8));
        System.out.printf(
            "round %d: %d records, hash %s, %.1f s, JVM CPU %.2f s (%.3f ms/record), "
                + "allocated %.0f MB (%.1f KB/record), GC %d collections %d ms%n  CPU s: %s%n",
            round,
            hashes.size(),
            HexFormat.of().formatHex(all.digest()).substring(0, 16),
            seconds,
            cpu,
            1000 * cpu / hashes.size(),
            alloc / 1e6,
            alloc / 1024.0 / hashes.size(),
            gcCount() - gcCount0,
            gcMillis() - gcMs0,
            groups.since(cpu));
      }
    }
  }

  private static List<String> drain(
      GongSimulator sim, Map<String, String> props, int calls, String mode) throws Exception {
    GongSourceTask task = new GongSourceTask();
    task.initialize(new EmptyContext(props));
    task.start(props);
    List<String> hashes = new ArrayList<>();
    try {
      long callRecords = 0;
      while (callRecords < calls) {
        List<SourceRecord> batch = task.poll();
        if (batch == null) continue;
        for (SourceRecord r : batch) {
          if (r.topic().equals("calls")) callRecords++;
          if (mode.equals("count")) {
            hashes.add("");
            continue;
          }
          // The source partition names the local Gong by its URL and key, different each run.
          String text = describe(r).replace(sim.baseUrl(), "URL").replace(sim.accessKey(), "KEY");
          if (mode.equals("print")) System.out.println(text);
          hashes.add(sha(text));
        }
      }
    } finally {
      task.stop();
    }
    return hashes;
  }

  static String describe(SourceRecord r) {
    StringBuilder b = new StringBuilder();
    b.append(r.topic()).append('|').append(new TreeMap<>(r.sourcePartition())).append('|');
    schema(b, r.keySchema());
    b.append('|');
    value(b, r.key());
    b.append('|');
    schema(b, r.valueSchema());
    b.append('|');
    value(b, r.value());
    return b.toString();
  }

  private static void schema(StringBuilder b, Schema s) {
    if (s == null) {
      b.append("null");
      return;
    }
    b.append(s.type())
        .append(s.isOptional() ? "?" : "")
        .append('<')
        .append(s.name())
        .append(',')
        .append(s.version())
        .append(',')
        .append(s.doc())
        .append(',')
        .append(s.defaultValue())
        .append(',')
        .append(s.parameters());
    switch (s.type()) {
      case STRUCT -> {
        for (Field f : s.fields()) {
          b.append(',').append(f.index()).append(':').append(f.name()).append('=');
          schema(b, f.schema());
        }
      }
      case ARRAY -> {
        b.append(",[");
        schema(b, s.valueSchema());
        b.append(']');
      }
      case MAP -> {
        b.append(",{");
        schema(b, s.keySchema());
        b.append("->");
        schema(b, s.valueSchema());
        b.append('}');
      }
      default -> {}
    }
    b.append('>');
  }

  private static void value(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof Struct s) {
      b.append("Struct(").append(s.schema().name()).append(")(");
      for (Field f : s.schema().fields()) {
        b.append(f.name()).append('=');
        value(b, s.get(f));
        b.append(';');
      }
      b.append(')');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (Object o : l) {
        value(b, o);
        b.append(',');
      }
      b.append(']');
    } else if (v instanceof java.util.Date d) {
      b.append("Date:").append(d.getTime());
    } else {
      b.append(v.getClass().getSimpleName()).append(':').append(v);
    }
  }

  private static String sha(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Bytes allocated in the heap since the JVM started, by every thread, ended ones too. */
  private static long allocatedBytes() {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    return mx.getTotalThreadAllocatedBytes();
  }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, b.getCollectionCount());
    }
    return n;
  }

  private static long gcMillis() {
    long n = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, b.getCollectionTime());
    }
    return n;
  }
}
