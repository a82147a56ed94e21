package dev.gongconnector.bench.client;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.simulator.GongSimulator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 1: export extensive data (full selector) and transcripts of N calls from a local Gong limited to
 * 3 requests/s with 200 ms latency, and compare with the ideal.
 *
 * <p>Flow: page through {@code calls().extensivePage(..)} over the whole range (N/100 requests); each page's
 * 100 call ids go to a second thread that fetches their transcripts in one request
 * ({@code calls().transcriptsFor(ids)}). Both threads share the client's limiter, so the two endpoints
 * together stay under 3/s. Usage: {@code java -cp bench/target/gong-bench.jar
 * dev.gongconnector.bench.client.ExportBench [calls=10000] [perSecond=3] [latencyMs=200]}.
 */
public final class ExportBench {

    private static final List<String> END = List.of();

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 200;
        try (GongSimulator sim = GongSimulator.builder().calls(calls).seed(42).anchorDate(LocalDate.of(2026, 11, 1))
                .rateLimitPerSecond(perSecond).dailyLimit(0).latencyMs(latency).start()) {
            GongClient gong = GongClient.builder().baseUrl(sim.baseUrl())
                    .credentials(sim.accessKey(), sim.accessKeySecret()).rateLimitPerSecond(perSecond).build();
            run(sim, gong, calls, perSecond, latency);
        }
    }

    private static void run(GongSimulator sim, GongClient gong, int calls, int perSecond, long latency)
            throws Exception {
        ExtensiveRequest req = ExtensiveRequest.builder()
                .fromDateTime(OffsetDateTime.parse("2020-01-01T00:00:00Z"))
                .toDateTime(OffsetDateTime.parse("2027-01-01T00:00:00Z"))
                .contentSelector(ContentSelector.all()).build();
        BlockingQueue<List<String>> chunks = new ArrayBlockingQueue<>(16);
        AtomicLong transcripts = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong transcriptRequests = new AtomicLong();
        List<Throwable> failures = new ArrayList<>();
        sim.resetRequestCounts();
        long t0 = System.nanoTime();
        Thread consumer = new Thread(() -> {
            try {
                for (List<String> ids = chunks.take(); ids != END; ids = chunks.take()) {
                    List<CallTranscript> ts = gong.calls().transcriptsFor(ids);
                    transcriptRequests.incrementAndGet();
                    transcripts.addAndGet(ts.size());
                    ts.forEach(t -> t.transcript().forEach(m -> sentences.addAndGet(m.sentences().size())));
                }
            } catch (Throwable e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        }, "transcripts");
        consumer.start();
        long records = 0;
        long pages = 0;
        String cursor = null;
        do {
            Page<CallData> page = gong.calls().extensivePage(req, cursor);
            pages++;
            records += page.records().size();
            List<String> ids = page.records().stream().map(CallData::id).toList();
            if (!ids.isEmpty()) {
                chunks.put(ids);
            }
            cursor = page.cursor();
        } while (cursor != null);
        chunks.put(END);
        consumer.join();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("transcript export failed", failures.get(0));
        }
        long extServed = sim.requestCount("/v2/calls/extensive");
        long trServed = sim.requestCount("/v2/calls/transcript");
        long made = pages + transcriptRequests.get();
        long served = sim.requestCount();
        long minimum = 2L * ((calls + 99) / 100);
        System.out.println();
        System.out.printf("Export benchmark: extensive data (full selector) + transcripts of %,d calls, local Gong at %d/s, %d ms latency%n",
                calls, perSecond, latency);
        System.out.printf("| %-40s | %12s | %12s |%n", "metric", "measured", "ideal");
        System.out.printf("| %-40s | %12s | %12s |%n", "-".repeat(40), "-".repeat(12), "-".repeat(12));
        System.out.printf("| %-40s | %12d | %12d |%n", "requests POST /v2/calls/extensive", extServed, (calls + 99) / 100);
        System.out.printf("| %-40s | %12d | %12d |%n", "requests POST /v2/calls/transcript", trServed, (calls + 99) / 100);
        System.out.printf("| %-40s | %12d | %12d |%n", "requests Gong received (all)", served, minimum);
        System.out.printf("| %-40s | %12d | %12d |%n", "429 answers (received - successful)", served - made, 0);
        System.out.printf("| %-40s | %12.1f | %12.1f |%n", "wall time, s", wall, served / (double) perSecond);
        System.out.printf("| %-40s | %12.2f | %12d |%n", "sustained rate, requests/s", served / wall, perSecond);
        System.out.printf("| %-40s | %11.1f%% | %12s |%n", "rate vs limit", 100 * served / wall / perSecond, ">= 95%");
        System.out.printf("| %-40s | %,12d | %,12d |%n", "calls with extensive data", records, calls);
        System.out.printf("| %-40s | %,12d | %12s |%n", "transcripts (sentences " + sentences.get() + ")", transcripts.get(), "");
    }
}
