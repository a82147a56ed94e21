package dev.gongconnector.bench.client;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 1: export extensive data (full selector) and transcripts of N calls from a local Gong
 * limited to 3 requests/s with 200 ms latency, and compare with the ideal.
 *
 * <p>The local Gong runs in a child JVM ({@link SimServerMain}), like a remote server would, so its
 * work does not share this JVM's heap and pauses; it counts every request it receives, 429s
 * included.
 *
 * <p>Flow: page through {@code calls().extensivePage(..)} over the whole range, cut in 3 time
 * slices paged in parallel (about N/100 requests, plus at most one partial page per slice); each
 * page's 100 call ids go to transcript workers that fetch them in one request each ({@code
 * calls().transcriptsFor(ids)}). All threads share the client's one limiter, so both endpoints
 * together stay under the limit. Usage: {@code java -cp bench/target/gong-bench.jar
 * dev.gongconnector.bench.client.ExportBench [calls=10000] [perSecond=3] [latencyMs=200]}.
 */
public final class ExportBench {

  private static final List<String> END = List.of();

  /**
   * The range is cut in this many time slices paged in parallel: a cursor chain is sequential, and
   * one chain of large pages cannot keep 3 requests/s busy when each answer takes longer than 1/3
   * s.
   */
  private static final int SLICES = 3;

  private static final int TRANSCRIPT_WORKERS = 3;

  private ExportBench() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long latency = args.length > 2 ? Long.parseLong(args[2]) : 200;
    try (LocalGong sim = LocalGong.start(calls, perSecond, latency)) {
      GongClient gong =
          GongClient.builder()
              .baseUrl(sim.baseUrl())
              .credentials(sim.accessKey(), sim.secret())
              .rateLimitPerSecond(perSecond)
              .build();
      run(sim, gong, calls, perSecond, latency);
    }
  }

  private static void run(LocalGong sim, GongClient gong, int calls, int perSecond, long latency)
      throws Exception {
    OffsetDateTime from = sim.earliestCallStart().atOffset(ZoneOffset.UTC);
    OffsetDateTime to = sim.anchor().plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC);
    BlockingQueue<List<String>> chunks = new LinkedBlockingQueue<>();
    AtomicLong transcripts = new AtomicLong();
    AtomicLong sentences = new AtomicLong();
    AtomicLong transcriptRequests = new AtomicLong();
    AtomicLong records = new AtomicLong();
    AtomicLong pages = new AtomicLong();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(SLICES + TRANSCRIPT_WORKERS);
    Batcher batcher = new Batcher(chunks);
    List<Future<?>> extensive = new ArrayList<>();
    Duration step = Duration.between(from, to).dividedBy(SLICES);
    for (int i = 0; i < SLICES; i++) {
      OffsetDateTime a = from.plus(step.multipliedBy(i));
      OffsetDateTime b = i == SLICES - 1 ? to : from.plus(step.multipliedBy(i + 1));
      ExtensiveRequest req =
          ExtensiveRequest.builder()
              .fromDateTime(a)
              .toDateTime(b)
              .contentSelector(ContentSelector.all())
              .build();
      extensive.add(
          pool.submit(
              () -> {
                String cursor = null;
                do {
                  Page<CallData> page = gong.calls().extensivePage(req, cursor);
                  pages.incrementAndGet();
                  records.addAndGet(page.records().size());
                  batcher.add(page.records().stream().map(CallData::id).toList());
                  cursor = page.cursor();
                } while (cursor != null);
                return null;
              }));
    }
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < TRANSCRIPT_WORKERS; i++) {
      workers.add(
          pool.submit(
              () -> {
                for (List<String> ids = chunks.take(); ids != END; ids = chunks.take()) {
                  List<CallTranscript> ts = gong.calls().transcriptsFor(ids);
                  transcriptRequests.incrementAndGet();
                  transcripts.addAndGet(ts.size());
                  ts.forEach(
                      t -> t.transcript().forEach(m -> sentences.addAndGet(m.sentences().size())));
                }
                return null;
              }));
    }
    try {
      for (Future<?> f : extensive) {
        f.get();
      }
      batcher.flush();
      for (int i = 0; i < TRANSCRIPT_WORKERS; i++) {
        chunks.put(END);
      }
      for (Future<?> f : workers) {
        f.get();
      }
    } finally {
      pool.shutdownNow(); // on failure, stop workers waiting for ids that will not come
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    java.util.Map<String, Long> counts = sim.stopAndCount();
    long extServed = counts.getOrDefault("/v2/calls/extensive", 0L);
    long trServed = counts.getOrDefault("/v2/calls/transcript", 0L);
    long made = pages.get() + transcriptRequests.get();
    long served = counts.getOrDefault("total", 0L);
    long minimum = 2L * ((calls + 99) / 100);
    System.out.println();
    System.out.printf(
        "Export benchmark: extensive data (full selector) + transcripts of %,d calls, local Gong at %d/s, %d ms latency%n",
        calls, perSecond, latency);
    System.out.printf("| %-40s | %12s | %12s |%n", "metric", "measured", "ideal");
    System.out.printf("| %-40s | %12s | %12s |%n", "-".repeat(40), "-".repeat(12), "-".repeat(12));
    System.out.printf(
        "| %-40s | %12d | %12d |%n",
        "requests POST /v2/calls/extensive", extServed, (calls + 99) / 100);
    System.out.printf(
        "| %-40s | %12d | %12d |%n",
        "requests POST /v2/calls/transcript", trServed, (calls + 99) / 100);
    System.out.printf("| %-40s | %12d | %12d |%n", "requests Gong received (all)", served, minimum);
    System.out.printf(
        "| %-40s | %12d | %12d |%n", "429 answers (received - successful)", served - made, 0);
    System.out.printf(
        "| %-40s | %12.1f | %12.1f |%n", "wall time, s", wall, served / (double) perSecond);
    System.out.printf(
        "| %-40s | %12.2f | %12d |%n", "sustained rate, requests/s", served / wall, perSecond);
    System.out.printf(
        "| %-40s | %11.1f%% | %12s |%n",
        "rate vs limit", 100 * served / wall / perSecond, ">= 95%");
    System.out.printf(
        "| %-40s | %,12d | %,12d |%n", "calls with extensive data", records.get(), calls);
    System.out.printf(
        "| %-40s | %,12d | %12s |%n",
        "transcripts (sentences " + sentences.get() + ")", transcripts.get(), "");
  }

  /**
   * Regroups the ids of (partial) pages into full batches of 100, so transcripts take ceil(N/100)
   * requests.
   */
  private static final class Batcher {
    private final BlockingQueue<List<String>> out;
    private final List<String> pending = new ArrayList<>();

    Batcher(BlockingQueue<List<String>> out) {
      this.out = out;
    }

    synchronized void add(List<String> ids) throws InterruptedException {
      pending.addAll(ids);
      while (pending.size() >= 100) {
        out.put(List.copyOf(pending.subList(0, 100)));
        pending.subList(0, 100).clear();
      }
    }

    synchronized void flush() throws InterruptedException {
      if (!pending.isEmpty()) {
        out.put(List.copyOf(pending));
        pending.clear();
      }
    }
  }
}
