package dev.gongconnector.bench.library;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.CallLibrary;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.sync.SyncOptions;
import dev.gongconnector.library.sync.SyncResult;
import dev.gongconnector.simulator.GongSimulator;
import java.nio.file.Path;
import java.util.Map;

/**
 * Syncs N simulated calls (default 10,000) into a fresh library and reports requests used against
 * the minimum, time, and index size; then runs an incremental sync and reports what it cost.
 *
 * <pre>
 * java -Xmx1g -cp bench/target/gong-bench.jar dev.gongconnector.bench.library.LibrarySyncBench \
 *     [--calls 10000] [--rate 0] [--store DIR]</pre>
 *
 * {@code --rate} is the simulator's and the client's requests per second (0 = off; Gong's is 3).
 */
public final class LibrarySyncBench {

  public static void main(String[] argv) {
    Map<String, String> args = BenchSupport.args(argv);
    int calls = Integer.parseInt(args.getOrDefault("calls", "10000"));
    int rate = Integer.parseInt(args.getOrDefault("rate", "0"));
    Path store =
        args.containsKey("store")
            ? Path.of(args.get("store"))
            : BenchSupport.tempDir("gong-sync-bench");
    try (GongSimulator sim =
        GongSimulator.builder()
            .calls(calls)
            .seed(42)
            .rateLimitPerSecond(rate)
            .dailyLimit(0)
            .start()) {
      GongClient client =
          GongClient.builder()
              .baseUrl(sim.baseUrl())
              .credentials(sim.accessKey(), sim.accessKeySecret())
              .rateLimitPerSecond(rate)
              .build();
      SyncOptions options = SyncOptions.defaults().withFrom(sim.earliestCallStart());
      long t0 = System.nanoTime();
      SyncResult first =
          CallLibrary.sync(
              store,
              client,
              options,
              p -> {
                if (p.pages() % 10 == 0)
                  System.err.printf(
                      "  %d/%d calls, %d requests%n",
                      p.calls(), p.totalRecords(), p.requestsUsed());
              });
      double firstSeconds = (System.nanoTime() - t0) / 1e9;
      long served = sim.requestCount();
      long t1 = System.nanoTime();
      SyncResult second = CallLibrary.sync(store, client, SyncOptions.defaults(), p -> {});
      double secondSeconds = (System.nanoTime() - t1) / 1e9;
      int inStore;
      try (LibrarySearcher s = LibrarySearcher.open(store)) {
        inStore = s.callCount();
      }
      long bytes = BenchSupport.bytes(store);
      System.out.println(
          "library sync benchmark (simulator "
              + calls
              + " calls, rate "
              + (rate == 0 ? "off" : rate + "/s")
              + ", "
              + Runtime.getRuntime().availableProcessors()
              + " cores)");
      System.out.printf(
          "| run | calls written | requests | minimum | simulator saw | seconds | calls/s |%n");
      System.out.printf("|---|---|---|---|---|---|---|%n");
      System.out.printf(
          "| first | %d | %d | %d | %d | %.1f | %.0f |%n",
          first.calls(),
          first.requestsUsed(),
          first.minimumRequests(),
          served,
          firstSeconds,
          first.calls() / firstSeconds);
      System.out.printf(
          "| incremental | %d | %d | %d | %d | %.1f | - |%n",
          second.calls(),
          second.requestsUsed(),
          second.minimumRequests(),
          sim.requestCount() - served,
          secondSeconds);
      System.out.printf(
          "calls in store %d, index %.1f MB, %.1f KB per call, store %s%n",
          inStore, bytes / 1e6, bytes / 1024.0 / Math.max(1, inStore), store);
      if (!first.completed()) System.out.println("first run stopped: " + first.stopReason());
    }
  }
}
