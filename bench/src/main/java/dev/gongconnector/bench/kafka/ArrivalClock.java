package dev.gongconnector.bench.kafka;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The local Gong's clock (the system's), remembering when the local Gong stamped each request's
 * arrival: its rate limiter's {@code now()}, which the HTTP server calls first thing for every
 * request, 429s included, before the injected latency. Those stamps are what its sliding window
 * counts, so a 429 can be traced to the requests that filled the window.
 */
final class ArrivalClock extends Clock {

  private static final StackWalker WALKER = StackWalker.getInstance();
  private final List<Long> arrivals = new ArrayList<>(); // guarded by this
  private volatile boolean recording;

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public long millis() {
    long now = System.currentTimeMillis();
    if (recording && calledByLimiterNow()) {
      synchronized (this) {
        arrivals.add(now);
      }
    }
    return now;
  }

  private static boolean calledByLimiterNow() {
    return WALKER.walk(
        s ->
            s.skip(2)
                .findFirst()
                .map(
                    f ->
                        f.getMethodName().equals("now")
                            && f.getClassName().endsWith(".RateLimiter"))
                .orElse(false));
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
