package dev.gongconnector.simulator.http;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Gong's request limits, per company (one instance per simulator, shared by every key and token).
 *
 * <p>Per second: a sliding window. A request is allowed when fewer than {@code perSecond} requests
 * were allowed in the last 1000 ms; otherwise 429 with {@code Retry-After} = the whole seconds
 * until the oldest of them leaves the window, at least 1. (Gong says "leaky bucket"; the exact
 * algorithm is unconfirmed. A sliding window is the strictest reading of "3 per second", so a
 * client that passes it passes Gong.)
 *
 * <p>Per day: a counter reset at UTC midnight. When spent, 429 with {@code Retry-After} = seconds
 * until the next UTC midnight. (Unconfirmed: Gong does not document its reset time or what
 * Retry-After says then.)
 *
 * <p>Refused requests do not consume quota. A limit of 0 switches that limit off.
 *
 * <p>Requests are counted at their arrival time ({@link #now()} taken when the server accepted
 * them), not when a worker thread gets to them after the injected latency: Gong's gateway limits
 * requests as they arrive, and counting after a sleep would add the machine's thread-scheduling
 * jitter to every timestamp.
 */
public final class RateLimiter {

  private final int perSecond;
  private final long perDay;
  private final Clock clock;
  private final LongConsumer onArrival;
  private final long[] window;
  private int head;
  private int size;
  private LocalDate day;
  private long usedToday;
  private long refused;

  public RateLimiter(int perSecond, long perDay, Clock clock) {
    this(perSecond, perDay, clock, t -> {});
  }

  /**
   * @param onArrival told each request's arrival stamp by {@link #arrive()} (on the server's
   *     thread: keep it short)
   */
  public RateLimiter(int perSecond, long perDay, Clock clock, LongConsumer onArrival) {
    this.perSecond = perSecond;
    this.perDay = perDay;
    this.clock = clock;
    this.onArrival = onArrival;
    this.window = new long[Math.max(perSecond, 1)];
  }

  /**
   * The limiter's clock, in epoch milliseconds: the arrival time to pass to {@link #acquire(long)}.
   */
  public long now() {
    return clock.millis();
  }

  /**
   * A request's arrival stamp ({@link #now()}), told to the arrival listener: what the per-second
   * window counts for it, whether it is then allowed or refused.
   */
  public long arrive() {
    long now = now();
    onArrival.accept(now);
    return now;
  }

  /** Takes one request, arriving now, from the quotas or throws a 429 {@link ApiException}. */
  public void acquire() {
    acquire(now());
  }

  /**
   * Takes one request that arrived at {@code arrivedAtMillis} from the quotas or throws a 429
   * {@link ApiException}. Arrival times of concurrent requests may reach this slightly out of
   * order; the window then errs by those few milliseconds, which is far less than the jitter it
   * removes.
   */
  public synchronized void acquire(long arrivedAtMillis) {
    long now = arrivedAtMillis;
    if (perDay > 0) {
      LocalDate today = LocalDate.ofEpochDay(Math.floorDiv(now, 86_400_000L));
      if (!today.equals(day)) {
        day = today;
        usedToday = 0;
      }
      if (usedToday >= perDay) {
        long nextMidnight =
            today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        long seconds = Math.max(1, (nextMidnight - now + 999) / 1000);
        refused++;
        throw new ApiException(
            429,
            List.of(
                "API request limit exceeded: daily limit of "
                    + perDay
                    + " requests reached; it resets at 00:00 UTC"),
            seconds);
      }
    }
    if (perSecond > 0) {
      while (size > 0 && window[head] <= now - 1000) {
        head = (head + 1) % window.length;
        size--;
      }
      if (size >= perSecond) {
        long waitMs = window[head] + 1000 - now;
        long seconds = Math.max(1, (waitMs + 999) / 1000);
        refused++;
        throw new ApiException(
            429,
            List.of("API request limit exceeded: more than " + perSecond + " requests per second"),
            seconds);
      }
      window[(head + size) % window.length] = now;
      size++;
    }
    if (perDay > 0) {
      usedToday++;
    }
  }

  /** Requests counted against today's quota so far. */
  /** 429s this limiter answered (per second and per day). */
  public synchronized long refusedCount() {
    return refused;
  }

  public synchronized long usedToday() {
    return usedToday;
  }
}
