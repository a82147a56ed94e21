package dev.gongconnector.bench.kafka;

import dev.gongconnector.simulator.GongSimulator;
import java.util.ArrayList;
import java.util.List;

/**
 * When the local Gong counted each request: its own request counter, read every millisecond on a
 * thread of its own (so the times are the local Gong's, not the task's, within about 1 ms). Start
 * it after the bench's own set-up requests and {@link GongSimulator#resetRequestCounts()}.
 */
final class RequestTrace implements AutoCloseable {

  private final GongSimulator sim;
  private final long startNanos;
  private final List<Long> atNanos = new ArrayList<>(); // guarded by this
  private final Thread thread;
  private volatile boolean stop;

  RequestTrace(GongSimulator sim, long startNanos) {
    this.sim = sim;
    this.startNanos = startNanos;
    this.thread = new Thread(this::sample, "bench-request-trace");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    long seen = 0;
    while (!stop) {
      long n = sim.requestCount();
      long now = System.nanoTime();
      synchronized (this) {
        for (; seen < n; seen++) atNanos.add(now - startNanos);
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Milliseconds from the start to each request the local Gong counted so far, in order. */
  synchronized List<Double> millis() {
    return atNanos.stream().map(n -> n / 1e6).toList();
  }

  @Override
  public void close() {
    stop = true;
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
