package dev.gongconnector.bench.library;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.index.LibraryIndex;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.library.sync.GongCallSource;
import dev.gongconnector.library.sync.SourcePage;
import dev.gongconnector.library.sync.SyncCheckpoint;
import dev.gongconnector.simulator.GongSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Search latency over a large library (default 100,000 simulated calls): p50/p99 per query shape
 * and overall, plus index size per call.
 *
 * <p>The library is built once from the simulator's generated calls through the client (rate limits
 * off, date slices in parallel, see {@link #build}) into {@code --store}, and reused by later runs
 * when it already holds the calls.
 *
 * <pre>
 * java -Xmx2g -cp bench/target/gong-bench.jar dev.gongconnector.bench.library.LibrarySearchBench \
 *     [--calls 100000] [--store /tmp/gong-library-100k] [--iterations 200] [--replicate-from DIR]
 * </pre>
 *
 * <p>{@code --replicate-from DIR} builds the large library from a smaller synced one (e.g. the
 * 10,000 calls of {@link LibrarySyncBench}) by copying its segments until it holds {@code --calls}
 * calls: no re-analysis, so minutes instead of an hour on a busy machine. Postings, stored text and
 * block layout are those of a real sync; call ids and dates repeat in each copy, so date filters
 * match proportionally more calls. Use it when building through the client is too slow.
 */
public final class LibrarySearchBench {

  public static void main(String[] argv) {
    Map<String, String> args = BenchSupport.args(argv);
    int calls = Integer.parseInt(args.getOrDefault("calls", "100000"));
    int iterations = Integer.parseInt(args.getOrDefault("iterations", "200"));
    Path store = Path.of(args.getOrDefault("store", "/tmp/gong-library-" + (calls / 1000) + "k"));
    int have = existing(store);
    if (have < calls && args.containsKey("replicate-from")) {
      replicate(Path.of(args.get("replicate-from")), store, calls);
    } else if (have < calls) {
      build(store, calls);
    }
    long bytes = BenchSupport.bytes(store);
    try (LibrarySearcher searcher = LibrarySearcher.open(store)) {
      int n = searcher.callCount();
      Instant newest = Instant.now();
      Map<String, SearchRequest.Builder> shapes = shapes(newest);
      // Warm up: JIT and the OS page cache, as a long-running server would be.
      for (int i = 0; i < 20; i++) shapes.values().forEach(b -> searcher.search(b.build()));
      System.out.printf(
          "library search benchmark: %d calls, index %.2f GB, %.1f KB per call, %d cores%n",
          n, bytes / 1e9, bytes / 1024.0 / n, Runtime.getRuntime().availableProcessors());
      System.out.println("| query | matching calls | p50 ms | p99 ms |");
      System.out.println("|---|---|---|---|");
      List<Long> all = new ArrayList<>();
      for (Map.Entry<String, SearchRequest.Builder> e : shapes.entrySet()) {
        long[] t = new long[iterations];
        String total = "";
        for (int i = 0; i < iterations; i++) {
          long t0 = System.nanoTime();
          var r = searcher.search(e.getValue().build());
          total = (r.totalIsLowerBound() ? ">= " : "") + r.totalCalls();
          t[i] = System.nanoTime() - t0;
          all.add(t[i]);
        }
        System.out.printf(
            "| %s | %s | %.2f | %.2f |%n",
            e.getKey(), total, BenchSupport.percentileMs(t, 50), BenchSupport.percentileMs(t, 99));
      }
      long[] everything = all.stream().mapToLong(Long::longValue).toArray();
      System.out.printf(
          "| **all shapes** | | **%.2f** | **%.2f** |%n",
          BenchSupport.percentileMs(everything, 50), BenchSupport.percentileMs(everything, 99));
    }
  }

  /** Query shapes an analyst or an agent sends: words, phrases, boolean, filters, speakers. */
  static Map<String, SearchRequest.Builder> shapes(Instant now) {
    Map<String, SearchRequest.Builder> m = new LinkedHashMap<>();
    m.put("`pricing`", SearchRequest.builder("pricing"));
    m.put("`\"security review\"`", SearchRequest.builder("\"security review\""));
    m.put("`Zentrix` (competitor)", SearchRequest.builder("Zentrix"));
    m.put("`budget approval` (all words)", SearchRequest.builder("budget approval"));
    m.put("`Snowflake OR Okta`", SearchRequest.builder("Snowflake OR Okta"));
    m.put(
        "`renewal discount` any word",
        SearchRequest.builder("renewal discount").match(SearchRequest.Match.ANY));
    m.put(
        "`contract` last 30 days",
        SearchRequest.builder("contract").from(now.minus(Duration.ofDays(30))));
    m.put("`pricing` said by External", SearchRequest.builder("pricing").affiliation("External"));
    m.put(
        "`\"next steps\"` newest first",
        SearchRequest.builder("\"next steps\"").sort(SearchRequest.Sort.NEWEST));
    m.put("`integration` limit 50", SearchRequest.builder("integration").limit(50));
    return m;
  }

  private static int existing(Path store) {
    if (!Files.isDirectory(store)) return 0;
    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      return s.callCount();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /**
   * Copies the segments of {@code source} into {@code store} until it holds at least {@code calls}
   * calls.
   */
  private static void replicate(Path source, Path store, int calls) {
    int have = existing(source);
    if (have == 0) throw new IllegalArgumentException("no library at " + source);
    int copies = (calls + have - 1) / have;
    System.err.println(
        "replicating " + have + " calls of " + source + " " + copies + " times into " + store);
    long t0 = System.nanoTime();
    try (org.apache.lucene.store.Directory from = org.apache.lucene.store.FSDirectory.open(source);
        org.apache.lucene.store.Directory to = org.apache.lucene.store.FSDirectory.open(store);
        org.apache.lucene.index.IndexWriter writer =
            new org.apache.lucene.index.IndexWriter(
                to,
                new org.apache.lucene.index.IndexWriterConfig(
                        dev.gongconnector.library.index.LibraryAnalyzer.create())
                    .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE))) {
      for (int i = 0; i < copies; i++) writer.addIndexes(from);
      // Roughly the segment structure a long sync leaves behind (the tiered merge policy's tiers).
      writer.forceMerge(10);
      writer.setLiveCommitData(
          org.apache.lucene.index.SegmentInfos.readLatestCommit(from).getUserData().entrySet());
      writer.commit();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    System.err.printf("replicated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Builds the library through the client from the simulator (rate limits off), faster than one
   * sync: the range is split in {@code threads} date slices read and indexed in parallel into one
   * index, committed once with a completed checkpoint. Same documents as a sync writes (same
   * mapper, same index code).
   */
  private static void build(Path store, int calls) {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    System.err.println(
        "building a library of "
            + calls
            + " simulated calls in "
            + store
            + " with "
            + threads
            + " threads (once)");
    long t0 = System.nanoTime();
    try (GongSimulator sim =
            GongSimulator.builder()
                .calls(calls)
                .seed(42)
                .rateLimitPerSecond(0)
                .dailyLimit(0)
                .start();
        LibraryIndex index = LibraryIndex.open(store)) {
      GongClient client =
          GongClient.builder()
              .baseUrl(sim.baseUrl())
              .credentials(sim.accessKey(), sim.accessKeySecret())
              .rateLimitPerSecond(0)
              .build();
      Instant from = sim.earliestCallStart();
      Instant to = Instant.now();
      long slice = (to.toEpochMilli() - from.toEpochMilli()) / threads;
      AtomicLong done = new AtomicLong();
      List<Thread> workers = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int i = 0; i < threads; i++) {
        Instant a = from.plusMillis(slice * i);
        Instant b = i == threads - 1 ? to : from.plusMillis(slice * (i + 1));
        Thread t =
            new Thread(
                () -> {
                  try {
                    GongCallSource source = new GongCallSource(client);
                    String cursor = null;
                    do {
                      SourcePage page = source.page(a, b, null, cursor);
                      page.calls().forEach(index::upsert);
                      long n = done.addAndGet(page.calls().size());
                      if (n % 5000 < page.calls().size()) {
                        System.err.printf(
                            "  %d calls, %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
                      }
                      cursor = page.cursor();
                    } while (cursor != null);
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                });
        t.start();
        workers.add(t);
      }
      for (Thread t : workers) t.join();
      if (!failures.isEmpty()) throw new IllegalStateException("build failed", failures.get(0));
      index.commit(new SyncCheckpoint(null, from, to, null, null, Instant.now()).toCommitData());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    System.err.printf("built in %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
