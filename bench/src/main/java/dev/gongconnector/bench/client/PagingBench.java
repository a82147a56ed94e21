package dev.gongconnector.bench.client;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.client.internal.CallsEnvelope;
import dev.gongconnector.client.internal.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Benchmark 2: records parsed per second and heap while paging 100,000 calls through {@code
 * calls().list()}.
 *
 * <p>The local Gong runs in a child JVM ({@link SimServerMain}); run this JVM with a small heap:
 * {@code java -Xmx64m -cp bench/target/gong-bench.jar dev.gongconnector.bench.client.PagingBench
 * [calls]}. Limits are off on the local Gong: this measures the client's parsing and memory, not
 * Gong's rate.
 */
public final class PagingBench {

  private PagingBench() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    try (LocalGong sim = LocalGong.start(calls, 0, 0)) {
      GongClient gong =
          GongClient.builder()
              .baseUrl(sim.baseUrl())
              .credentials(sim.accessKey(), sim.secret())
              .rateLimitPerSecond(0)
              .build();
      run(gong, calls);
      parseOnly(sim.baseUrl(), gong);
    }
  }

  private static void run(GongClient gong, int expected) {
    CallListRequest all =
        CallListRequest.of(
            OffsetDateTime.parse("2020-01-01T00:00:00Z"),
            OffsetDateTime.parse("2027-01-01T00:00:00Z"));
    // Warm-up: a few pages so JIT and connections are ready.
    gong.calls().list(all).limit(1000).count();
    resetPeaks();
    long maxLive = 0;
    long n = 0;
    long dupes = 0;
    Set<Long> seenHashes = new HashSet<>(); // sampled ids only, so the check itself stays small
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    long gcNanos = 0;
    Iterator<Call> it = gong.calls().list(all).iterator();
    while (it.hasNext()) {
      Call c = it.next();
      n++;
      if (Math.floorMod(c.id().hashCode(), 64) == 0 && !seenHashes.add(Long.parseLong(c.id()))) {
        dupes++;
      }
      if (n % 20_000 == 0) {
        long g0 = System.nanoTime();
        System.gc();
        maxLive = Math.max(maxLive, heapUsed());
        gcNanos += System.nanoTime() - g0;
      }
    }
    double seconds = (System.nanoTime() - t0 - gcNanos) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    long peak = heapPeak();
    System.out.println();
    System.out.println(
        "Paging benchmark: calls().list() over "
            + expected
            + " calls (local Gong in a child JVM, limits off)");
    System.out.printf("| %-34s | %15s |%n", "metric", "value");
    System.out.printf("| %-34s | %15s |%n", "-".repeat(34), "-".repeat(15));
    System.out.printf("| %-34s | %,15d |%n", "records received", n);
    System.out.printf("| %-34s | %15d |%n", "repeats among sampled ids", dupes);
    System.out.printf("| %-34s | %,15d |%n", "requests (pages)", (n + 99) / 100);
    System.out.printf("| %-34s | %15.1f |%n", "wall time, s (GC probes excluded)", seconds);
    System.out.printf("| %-34s | %,15.0f |%n", "records/s (HTTP + JSON + paging)", n / seconds);
    System.out.printf("| %-34s | %15.1f |%n", "client CPU time, s (all threads)", cpuSeconds);
    System.out.printf("| %-34s | %,15.0f |%n", "records per client CPU second", n / cpuSeconds);
    System.out.printf(
        "| %-34s | %15s |%n", "max heap (-Xmx)", mb(Runtime.getRuntime().maxMemory()));
    System.out.printf("| %-34s | %15s |%n", "peak heap incl. garbage", mb(peak));
    System.out.printf("| %-34s | %15s |%n", "max live heap after GC (per 20k)", mb(maxLive));
    if (n != expected) {
      System.out.println("WARNING: expected " + expected + " records, got " + n);
    }
  }

  /**
   * Parses one real page of 100 calls repeatedly: the client's JSON cost without HTTP or the local
   * Gong.
   */
  private static void parseOnly(String baseUrl, GongClient gong) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest get =
        HttpRequest.newBuilder(
                URI.create(
                    baseUrl
                        + "/v2/calls?fromDateTime=2020-01-01T00:00:00Z&toDateTime=2027-01-01T00:00:00Z"))
            .header("Authorization", gong.config().credentials().authorizationHeader())
            .build();
    byte[] body = http.send(get, HttpResponse.BodyHandlers.ofByteArray()).body();
    int rounds = 3000;
    long records = 0;
    for (int i = 0; i < 500; i++) {
      records += Json.mapper().readValue(body, CallsEnvelope.class).calls().size();
    }
    records = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      records += Json.mapper().readValue(body, CallsEnvelope.class).calls().size();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("| %-34s | %,15.0f |%n", "records/s, JSON parsing alone", records / s);
    System.out.printf(
        "| %-34s | %15s |%n",
        "page size on the wire", String.format("%.1f KB", body.length / 1024.0));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(m -> m.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void resetPeaks() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeak() {
    return heapPools().stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String mb(long bytes) {
    return String.format("%.1f MB", bytes / 1048576.0);
  }
}
