package dev.gongconnector.kafka.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Explains a local Gong's 429s: its arrival stamps (the times its rate limiter counts, told by
 * {@link #arrivals()}) and the tasks' {@code SlotSend} JFR events (slot, slot start, the gate's
 * release, the client call) in a recording of this JVM. For each refused request it lists the
 * requests of its window, so a failing run shows whether the gate released them too close or they
 * were delayed after the gate (the thread, the HTTP client or the JVM).
 */
final class SendWindows implements AutoCloseable {

  private static final String EVENT = "dev.gongconnector.kafka.SlotSend";

  private final List<Long> stamps = new ArrayList<>(); // guarded by itself
  private final Recording recording = new Recording();

  SendWindows() {
    recording.enable(EVENT).withThreshold(Duration.ZERO);
    recording.start();
  }

  /** The local Gong's arrival listener ({@code GongSimulator.Builder.onArrival}). */
  LongConsumer arrivals() {
    return stamp -> {
      synchronized (stamps) {
        stamps.add(stamp);
      }
    };
  }

  /**
   * Every refused request's window (replaying a sliding window of {@code perSecond} per 1000 ms
   * over the stamps), with the requests the tasks sent in it.
   */
  String describe(int perSecond) {
    List<Long> sorted;
    synchronized (stamps) {
      sorted = new ArrayList<>(stamps);
    }
    sorted.sort(null);
    List<RecordedEvent> events = events();
    StringBuilder sb = new StringBuilder();
    List<Long> window = new ArrayList<>();
    for (long t : sorted) {
      window.removeIf(w -> w <= t - 1000);
      if (window.size() < perSecond) {
        window.add(t);
        continue;
      }
      sb.append(
          String.format(
              "%n429 stamped %s; the window's stamps %s ms before it; requests sent:",
              Instant.ofEpochMilli(t), window.stream().map(w -> t - w).toList()));
      for (RecordedEvent e : events) {
        long began = e.getStartTime().toEpochMilli();
        if (began < window.get(0) - 1500 || began > t) continue;
        long start = e.getInstant("slotStart").toEpochMilli();
        sb.append(
            String.format(
                "%n  %s %s slot %d at %s: released +%d ms, client call +%d ms, %s (%d late"
                    + " wake-ups)",
                e.getString("gate"),
                e.getString("stream"),
                e.getLong("slot"),
                Instant.ofEpochMilli(start),
                e.getInstant("released").toEpochMilli() - start,
                began - start,
                e.getString("outcome"),
                e.getInt("skipped")));
      }
    }
    return sb.toString();
  }

  /** How many requests the local Gong stamped, and the closest {@code n} of them (ms apart). */
  String summary(int n) {
    List<Long> sorted;
    synchronized (stamps) {
      sorted = new ArrayList<>(stamps);
    }
    sorted.sort(null);
    long closest = Long.MAX_VALUE;
    for (int i = 0; i + n - 1 < sorted.size(); i++) {
      closest = Math.min(closest, sorted.get(i + n - 1) - sorted.get(i));
    }
    return String.format(
        "local Gong stamped %d requests; the closest %d within %s ms",
        sorted.size(), n, closest == Long.MAX_VALUE ? "-" : String.valueOf(closest));
  }

  private List<RecordedEvent> events() {
    try {
      Path file = Files.createTempFile("slot-send", ".jfr");
      try {
        recording.dump(file);
        List<RecordedEvent> events = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
          if (e.getEventType().getName().equals(EVENT)) events.add(e);
        }
        events.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
        return events;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    recording.close();
  }
}
