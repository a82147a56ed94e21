package dev.gongconnector.bench.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * When a local Gong stamped each request's arrival ({@code GongSimulator.Builder.onArrival}): the
 * times its sliding window counts, 429s included, so a 429 can be traced to the requests that
 * filled the window.
 */
final class Arrivals implements LongConsumer {

  private final List<Long> arrivals = new ArrayList<>(); // guarded by this
  private volatile boolean recording;

  @Override
  public void accept(long stamp) {
    if (!recording) return;
    synchronized (this) {
      arrivals.add(stamp);
    }
  }

  /** From now on, arrivals are remembered (the bench's own set-up requests are not). */
  synchronized void start() {
    arrivals.clear();
    recording = true;
  }

  /** Arrival stamps (epoch ms) so far, in the order they were stamped. */
  synchronized List<Long> arrivals() {
    return new ArrayList<>(arrivals);
  }
}
