package dev.gongconnector.bench.kafka;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Where one company's run lost the 300 records/s: the figure is the product of four factors, each
 * printed with what it cost. records/s = (slots offered per second) x (requests per slot offered) x
 * (records per request), so "of ceiling" = [margin] x [reserved slots] x [slot use] x [records per
 * request / 100]. Requests and their times are the local Gong's own counts (see {@link
 * RequestTrace}); records are what {@code poll()} returned.
 */
final class Accounting {

  private long callRecords;
  private long transcriptRecords;
  private long withSentences;
  private final Map<String, Long> callsPerWorkspace = new TreeMap<>();
  private double firstRecordMs = -1;
  private double lastRecordMs;

  /** Counts a batch {@code poll()} returned {@code atMs} after the start. */
  synchronized void add(List<SourceRecord> batch, double atMs) {
    if (firstRecordMs < 0) firstRecordMs = atMs;
    lastRecordMs = atMs;
    for (SourceRecord r : batch) {
      if (r.topic().equals("calls")) {
        callRecords++;
      } else if (r.topic().equals("transcripts")) {
        transcriptRecords++;
        Struct v = (Struct) r.value();
        callsPerWorkspace.merge(String.valueOf(v.get("workspaceId")), 1L, Long::sum);
        if (!v.getArray("sentences").isEmpty()) withSentences++;
      }
    }
  }

  /**
   * Prints the accounting.
   *
   * @param byPath the local Gong's requests per path
   * @param at when the local Gong counted each request (ms from the start)
   * @param rate requests per second; {@code margin} ms; one slot in {@code reservedEvery} is the
   *     connector's
   */
  synchronized void print(
      Map<String, Long> byPath,
      long refused,
      List<Double> at,
      int rate,
      long margin,
      int reservedEvery) {
    long records = callRecords + transcriptRecords;
    long extensive = byPath.getOrDefault("/v2/calls/extensive", 0L);
    long transcripts = byPath.getOrDefault("/v2/calls/transcript", 0L);
    long requests = byPath.values().stream().mapToLong(Long::longValue).sum();
    double seconds = lastRecordMs / 1000;
    double slotMs = (1000.0 + margin) / rate;
    double own = 1 - 1.0 / reservedEvery;
    double offered = lastRecordMs / slotMs * own;
    double firstReq = at.isEmpty() ? 0 : at.get(0);
    double lastReq = at.isEmpty() ? 0 : at.get(at.size() - 1);
    double startIdle = firstReq / slotMs * own;
    double tailIdle = (lastRecordMs - lastReq) / slotMs * own;
    double midIdle = offered - startIdle - tailIdle - requests;
    long minExtensive = callsPerWorkspace.values().stream().mapToLong(n -> (n + 99) / 100).sum();
    long oneListing = (callRecords + 99) / 100;
    System.out.printf("  accounting of the one-company run (the local Gong's counts):%n");
    System.out.printf(
        "    requests by path: %s; 429s: %d (the local Gong at %d/s, sliding 1 s window)%n",
        byPath, refused, rate);
    System.out.printf(
        "    calls stream: %d records / %d requests = %.1f per request (%d workspaces: %s calls;"
            + " fewest pages with a workspace filter %d, without %d)%n",
        callRecords,
        extensive,
        ratio(callRecords, extensive),
        callsPerWorkspace.size(),
        callsPerWorkspace.values(),
        minExtensive,
        oneListing);
    System.out.printf(
        "    transcripts stream: %d records (%d with sentences) / %d requests = %.1f per request%n",
        transcriptRecords, withSentences, transcripts, ratio(transcriptRecords, transcripts));
    System.out.printf(
        "    all: %d records / %d requests = %.1f records per request (of 100)%n",
        records, requests, ratio(records, requests));
    System.out.printf(
        "    time: first request %.0f ms, first record %.0f ms, last request %.0f ms, last record"
            + " %.0f ms%n",
        firstReq, firstRecordMs, lastReq, lastRecordMs);
    System.out.printf(
        "    slots (%.1f ms, 1 in %d the connector's): %.1f offered, %d used, %.1f idle ="
            + " %.1f before the first request + %.1f between + %.1f after the last%n",
        slotMs, reservedEvery, offered, requests, offered - requests, startIdle, midIdle, tailIdle);
    double marginFactor = 1000.0 / (1000 + margin);
    double use = requests / offered;
    double fill = ratio(records, requests) / 100;
    System.out.printf(
        "    of ceiling %.1f%% = margin %.1f%% x reserved %.1f%% x slot use %.1f%% x records per"
            + " request %.1f%%%n",
        100 * records / seconds / (100.0 * rate),
        100 * marginFactor,
        100 * own,
        100 * use,
        100 * fill);
    System.out.printf(
        "    gaps over 1.5 slots (slots@request): %s%n", largestGaps(at, slotMs, lastRecordMs));
  }

  /** Gaps over 1.5 slots as "slots@n" (before the n-th request, from 0), in order. */
  private static String largestGaps(List<Double> at, double slotMs, double end) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < at.size(); i++) {
      double g = (at.get(i) - at.get(i - 1)) / slotMs;
      if (g >= 1.5) b.append(String.format("%.1f@%d ", g, i));
    }
    return b.length() == 0 ? "none over 1.5" : b.toString().trim();
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
