package dev.gongconnector.bench.kafka;

import dev.gongconnector.kafka.quota.SlotGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * How late each request of a run left and arrived, against its rate slot: the tasks' JFR events
 * ({@code dev.gongconnector.kafka.SlotSend}: slot start, when the gate let the request go, when the
 * client call began, the outcome) matched in order with the local Gong's arrival stamps ({@link
 * Arrivals}). Prints, per run, the delays from slot start to release (the gate's wake-up), to the
 * client call, and to the local Gong's stamp (what its window counts), and for every 429 the four
 * stamps that made its window full.
 */
final class SendTrace implements AutoCloseable {

  static final String EVENT = "dev.gongconnector.kafka.SlotSend";
  private static final String GC_EVENT = "jdk.GarbageCollection";

  /** One request: times in epoch ms. */
  record Send(
      String gate,
      long slot,
      long slotStart,
      long released,
      double began,
      int skipped,
      String outcome,
      String stream) {}

  private final Recording recording = new Recording();
  private final long lateMs;

  /**
   * @param marginMs the tasks' {@code quota.margin.ms}: a request released more than half of it
   *     after its slot's start counts as sent late (carried, or forced after skips)
   */
  SendTrace(long marginMs) {
    this.lateMs = Math.max(1, marginMs / 2);
    recording.enable(EVENT).withThreshold(java.time.Duration.ZERO).withoutStackTrace();
    // The client's writes to the local Gongs: when a request left the JVM's HTTP client.
    recording.enable("jdk.SocketWrite").withThreshold(java.time.Duration.ZERO).withoutStackTrace();
    // The JVM's collections: a thread whose slot starts during a pause wakes late.
    recording.enable(GC_EVENT).withThreshold(java.time.Duration.ZERO).withoutStackTrace();
    recording.setToDisk(true);
    recording.start();
  }

  /** Client writes (epoch ms) per remote port, in order. */
  private final Map<Integer, List<Double>> writes = new TreeMap<>();

  /** Every collection's pauses (ms, summed), in order; how many a humongous allocation started. */
  private final List<Double> pauses = new ArrayList<>();

  private int humongousStarts;

  /** The sends recorded so far, per gate ("bench-N-0"), in the order they began. */
  Map<String, List<Send>> sends() throws IOException {
    Path file = Files.createTempFile("bench-sends", ".jfr");
    try {
      recording.dump(file);
      writes.clear();
      pauses.clear();
      humongousStarts = 0;
      Map<String, List<Send>> byGate = new TreeMap<>();
      for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
        if (e.getEventType().getName().equals(GC_EVENT)) {
          pauses.add(e.getDuration("sumOfPauses").toNanos() / 1e6);
          if ("G1 Humongous Allocation".equals(e.getString("cause"))) humongousStarts++;
          continue;
        }
        if (e.getEventType().getName().equals("jdk.SocketWrite")) {
          int port = e.getInt("port");
          writes.computeIfAbsent(port, k -> new ArrayList<>()).add(epochMs(e));
          continue;
        }
        if (!e.getEventType().getName().equals(EVENT)) continue;
        Send s =
            new Send(
                e.getString("gate"),
                e.getLong("slot"),
                e.getLong("slotStart"),
                e.getLong("released"),
                epochMs(e),
                e.getInt("skipped"),
                e.getString("outcome"),
                e.getString("stream"));
        byGate.computeIfAbsent(s.gate(), g -> new ArrayList<>()).add(s);
      }
      byGate.values().forEach(l -> l.sort(Comparator.comparingDouble(Send::began)));
      writes.values().forEach(l -> l.sort(null));
      return byGate;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Prints the delays of every company's requests, the closest four stamps and the 429s' windows.
   *
   * @param arrivals per gate, the local Gong's arrival stamps (epoch ms)
   * @param ports per gate, its local Gong's port (to find the client's writes to it)
   */
  void print(Map<String, List<Long>> arrivals, Map<String, Integer> ports) throws IOException {
    Map<String, List<Send>> sends = sends();
    List<Double> release = new ArrayList<>();
    List<Double> begin = new ArrayList<>();
    List<Double> written = new ArrayList<>();
    List<Double> arrive = new ArrayList<>();
    List<Double> server = new ArrayList<>();
    int forced = 0;
    int carried = 0;
    int skips = 0;
    List<String> windows = new ArrayList<>();
    int mismatched = 0;
    int unseen = 0;
    long closest = Long.MAX_VALUE;
    String closestAt = "";
    for (Map.Entry<String, List<Send>> g : sends.entrySet()) {
      List<Send> list = g.getValue();
      List<Long> at = arrivals.getOrDefault(g.getKey(), List.of());
      List<Double> w = writes.getOrDefault(ports.getOrDefault(g.getKey(), -1), List.of());
      if (at.size() != list.size()) mismatched++;
      for (int i = 0; i < list.size(); i++) {
        Send s = list.get(i);
        release.add((double) (s.released() - s.slotStart()));
        begin.add(s.began() - s.slotStart());
        double write = firstAtOrAfter(w, s.began());
        // JFR misses some of the client's writes (gathering writes are not instrumented in JDK
        // 17): a first write after the stamp is another request's.
        boolean seen = !Double.isNaN(write) && (i >= at.size() || write <= at.get(i) + 1);
        if (seen) written.add(write - s.slotStart());
        else unseen++;
        skips += s.skipped();
        if (s.skipped() >= SlotGate.MAX_LATE_SKIPS) forced++;
        else if (s.released() - s.slotStart() > lateMs) carried++;
        if (i < at.size()) {
          arrive.add((double) (at.get(i) - s.slotStart()));
          double last = lastAtOrBefore(w, at.get(i));
          if (seen) server.add(at.get(i) - last);
        }
        if (i >= 3 && i < at.size() && at.get(i) - at.get(i - 3) < closest) {
          closest = at.get(i) - at.get(i - 3);
          closestAt = window(g.getKey(), list, at, w, i);
        }
        if (s.outcome().equals("429") && i < at.size()) {
          windows.add("    429: " + window(g.getKey(), list, at, w, i));
        }
      }
    }
    System.out.printf(
        "  request timing, ms after the slot's start (p50/p99/max of %d requests): gate released"
            + " %s, client call began %s, client wrote %s (%d requests' writes not seen), local"
            + " Gong stamped %s (stamp - the client's last write before it %s); late wake-ups"
            + " skipped %d; released more than %d ms after their slot's start: %d within half a"
            + " slot (the task's request three slots on held back as much), %d sent late after"
            + " %d skips%s%n",
        release.size(),
        stats(release),
        stats(begin),
        stats(written),
        unseen,
        stats(arrive),
        stats(server),
        skips,
        lateMs,
        carried,
        forced,
        SlotGate.MAX_LATE_SKIPS,
        mismatched > 0 ? " (" + mismatched + " companies: stamps and sends differ in number)" : "");
    if (closest < Long.MAX_VALUE) {
      System.out.printf(
          "  closest 4 stamps of a company: %d ms (a 429 below 1000): %s%n", closest, closestAt);
    }
    windows.forEach(System.out::println);
    System.out.printf(
        "  GC (the whole JVM, from JFR): %d collections paused %.0f ms in all (p50/p99/max %s ms),"
            + " %d of them over %d ms; %d started by a humongous allocation (an object of half a"
            + " region or more)%n",
        pauses.size(),
        pauses.stream().mapToDouble(Double::doubleValue).sum(),
        stats(pauses),
        pauses.stream().filter(p -> p > lateMs).count(),
        lateMs,
        humongousStarts);
  }

  /** The four requests up to the {@code i}-th of a company, each against its slot. */
  private static String window(
      String gate, List<Send> list, List<Long> at, List<Double> writes, int i) {
    StringBuilder b = new StringBuilder(gate + ":");
    for (int j = Math.max(0, i - 3); j <= i; j++) {
      Send s = list.get(j);
      double write = firstAtOrAfter(writes, s.began());
      b.append(
          String.format(
              " [%s slot %d: released +%d, began +%.0f, wrote +%.0f, stamped %s%s]",
              s.stream(),
              s.slot() % 10_000,
              s.released() - s.slotStart(),
              s.began() - s.slotStart(),
              write - s.slotStart(),
              j < at.size() ? String.format("+%d", at.get(j) - s.slotStart()) : "?",
              s.skipped() > 0 ? ", after " + s.skipped() + " late wake-ups" : ""));
    }
    if (i >= 3 && i < at.size()) {
      b.append(String.format(" -> 4 stamps in %d ms", at.get(i) - at.get(i - 3)));
    }
    return b.toString();
  }

  private static double epochMs(RecordedEvent e) {
    return e.getStartTime().toEpochMilli() + e.getStartTime().getNano() % 1_000_000 / 1e6;
  }

  /** The first of {@code sorted} at or after {@code t}, or NaN. */
  private static double firstAtOrAfter(List<Double> sorted, double t) {
    int i = java.util.Collections.binarySearch(sorted, t);
    if (i < 0) i = -i - 1;
    while (i > 0 && sorted.get(i - 1) >= t) i--;
    return i < sorted.size() ? sorted.get(i) : Double.NaN;
  }

  /** The last of {@code sorted} at or before {@code t}, or NaN. */
  private static double lastAtOrBefore(List<Double> sorted, double t) {
    int i = java.util.Collections.binarySearch(sorted, t);
    if (i < 0) i = -i - 2;
    while (i + 1 < sorted.size() && sorted.get(i + 1) <= t) i++;
    return i >= 0 ? sorted.get(i) : Double.NaN;
  }

  private static String stats(List<Double> v) {
    if (v.isEmpty()) return "-";
    List<Double> s = new ArrayList<>(v);
    s.sort(null);
    return String.format(
        "%.0f/%.0f/%.0f",
        s.get(s.size() / 2),
        s.get((int) Math.min(s.size() - 1, s.size() * 0.99)),
        s.get(s.size() - 1));
  }

  @Override
  public void close() {
    recording.close();
  }
}
