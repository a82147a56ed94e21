package dev.gongconnector.client.internal;

import dev.gongconnector.client.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The client's request pacer, shared by all threads of a client and its variants.
 *
 * <p>Two rules, both on the moments requests are released: requests are spaced at least {@code W/N}
 * apart, and at most N are released in any sliding window of {@code W} = one second plus a margin.
 * Gong's algorithm is unconfirmed ("leaky bucket"); a sliding window of one second is the strictest
 * reading, and the margin absorbs the jitter between our release and Gong's count.
 *
 * <p>The margin adapts: it starts at {@value #MIN_MARGIN_MS} ms (98.5% of the limit), doubles (up
 * to {@value #MAX_MARGIN_MS} ms) after a 429 that our own pacing caused, and after each {@value
 * #DECAY_EVERY} releases without such a 429 shrinks by a quarter, back towards the minimum. A 429
 * counts as ours when the rejected request was the N-th of our releases within 1.5 s (else
 * something else spent the quota and a wider margin would not help) and was released after the last
 * widening (one burst of 429s widens once).
 *
 * <p>Cold requests: the first N releases, and the first N after {@value #IDLE_SECONDS} s without
 * any, may open a new connection (TCP, TLS, a cold JVM), so they can reach Gong well after requests
 * released later on warm connections; in the window they count as released {@value #COLD_SLACK_MS}
 * ms late (a one-time shift).
 *
 * <p>After any 429 everyone pauses until {@code Retry-After} has passed. The limiter also counts
 * requests per UTC day against an optional budget (Gong's reset time is unconfirmed; UTC midnight
 * is assumed). When the budget is spent it throws at once, never sleeping until the reset.
 */
public final class RateLimiter {

  private static final System.Logger LOG = ClientLog.get();

  static final long MIN_MARGIN_MS = 15;
  static final long MAX_MARGIN_MS = 250;
  static final long COLD_SLACK_MS = 200;
  static final int DECAY_EVERY = 100;
  static final long IDLE_SECONDS = 30;
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final long MIN_MARGIN = TimeUnit.MILLISECONDS.toNanos(MIN_MARGIN_MS);
  private static final long MAX_MARGIN = TimeUnit.MILLISECONDS.toNanos(MAX_MARGIN_MS);
  private static final long COLD_SLACK = TimeUnit.MILLISECONDS.toNanos(COLD_SLACK_MS);
  private static final long IDLE = TimeUnit.SECONDS.toNanos(IDLE_SECONDS);

  /**
   * A release completing N within this time may have caused a 429 (jitter up to twice the widest
   * margin).
   */
  private static final long PACED_WITHIN = SECOND + 2 * MAX_MARGIN;

  /**
   * Longest single sleep: the decision is re-made on the clock afterwards (a 429 may have moved
   * it).
   */
  private static final long MAX_SLEEP = TimeUnit.MILLISECONDS.toNanos(500);

  /**
   * Sleeps for a number of nanoseconds; injectable so tests can run the limiter on a fake clock.
   */
  @FunctionalInterface
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  /**
   * One request's release, handed back to {@link #penalize} if Gong answers 429.
   *
   * @param sequence 1-based number of the release
   * @param releasedAt the limiter's clock ({@link System#nanoTime()}) at the release
   * @param paced whether it was the N-th release within 1.5 s: a 429 for it may be ours
   */
  public record Permit(long sequence, long releasedAt, boolean paced) {}

  private final double perSecond;
  private final long dailyBudget;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;

  /** Window times of the last N releases (release time, plus the cold slack for cold ones). */
  private final long[] released;

  private int head;
  private int size;
  private long nextAllowed;
  private long pausedUntil;
  private long margin = MIN_MARGIN;
  private long releases;
  private long lastRelease;
  private long coldLeft;
  private long widenedAt;
  private long sinceChange;
  private LocalDate day;
  private long usedToday;

  /**
   * A limiter of {@code perSecond} requests per second (0 = unlimited) and {@code dailyBudget} per
   * day (0 = none).
   */
  public RateLimiter(double perSecond, long dailyBudget) {
    this(perSecond, dailyBudget, Clock.systemUTC(), System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  RateLimiter(
      double perSecond, long dailyBudget, Clock clock, LongSupplier nanoTime, Sleeper sleeper) {
    this.perSecond = perSecond;
    this.dailyBudget = dailyBudget;
    this.clock = clock;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.released = new long[perSecond > 0 ? Math.max(1, (int) Math.ceil(perSecond)) : 1];
    long now = nanoTime.getAsLong();
    this.nextAllowed = now;
    this.pausedUntil = now;
    this.coldLeft = released.length;
    this.day = LocalDate.now(clock);
  }

  /**
   * Waits for this thread's turn, then counts one request against the daily budget.
   *
   * @return the release, to pass to {@link #penalize} if Gong answers 429
   * @throws RateLimitedException when the daily budget is spent (never sleeps until the reset)
   * @throws InterruptedException when interrupted while waiting
   */
  public Permit acquire() throws InterruptedException {
    while (true) {
      long wait;
      synchronized (this) {
        checkBudget();
        long now = nanoTime.getAsLong();
        wait = waitNanos(now);
        if (wait <= 0) {
          return release(now);
        }
      }
      // Sleep outside the lock, then compete again: the decision is always made on the real clock.
      sleeper.sleep(Math.min(wait, MAX_SLEEP));
    }
  }

  private void checkBudget() {
    LocalDate today = LocalDate.now(clock);
    if (!today.equals(day)) {
      day = today;
      usedToday = 0;
    }
    if (dailyBudget > 0 && usedToday >= dailyBudget) {
      Instant reset = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      Duration wait = Duration.between(clock.instant(), reset);
      throw new RateLimitedException(
          0,
          null,
          List.of(),
          wait,
          true,
          reset,
          "The client's daily budget of "
              + dailyBudget
              + " requests is spent; it resets at "
              + reset
              + " (in "
              + wait.toMinutes()
              + " min). No request was sent.",
          null);
    }
  }

  private long waitNanos(long now) {
    long until = pausedUntil - now;
    if (perSecond > 0) {
      until = Math.max(until, nextAllowed - now);
      if (size == released.length) {
        until = Math.max(until, released[head] + SECOND + margin - now);
      }
    }
    return until;
  }

  private Permit release(long now) {
    usedToday++;
    releases++;
    if (releases > 1 && now - lastRelease > IDLE) {
      coldLeft = released.length; // pooled connections may have been closed meanwhile
    }
    lastRelease = now;
    if (++sinceChange >= DECAY_EVERY && margin > MIN_MARGIN) {
      margin = Math.max(MIN_MARGIN, margin - margin / 4);
      sinceChange = 0;
    }
    if (perSecond <= 0) {
      return new Permit(releases, now, false);
    }
    // Rounded up, so that N intervals never undercut the window.
    long interval = (long) Math.ceil((SECOND + margin) / perSecond);
    // Count from the slot we waited for, not from when the thread woke (a few ms late): otherwise
    // wake-up
    // lateness would add up and waste rate. The window rule below still uses real times.
    long base = now - nextAllowed < interval / 2 ? nextAllowed : now;
    nextAllowed = base + interval;
    boolean paced = size == released.length && now - released[head] < PACED_WITHIN;
    if (size == released.length) {
      head = (head + 1) % released.length;
      size--;
    }
    long windowTime = now;
    if (coldLeft > 0) {
      coldLeft--;
      windowTime += COLD_SLACK;
    }
    released[(head + size) % released.length] = windowTime;
    size++;
    return new Permit(releases, now, paced);
  }

  /**
   * After a 429 for {@code permit}'s request: nobody is released before {@code retryAfter} has
   * passed, and if our own pacing caused it (see the class comment) the margin doubles, at most to
   * {@value #MAX_MARGIN_MS} ms.
   */
  public synchronized void penalize(Duration retryAfter, Permit permit) {
    long until = nanoTime.getAsLong() + Math.max(0, retryAfter.toNanos());
    if (until - pausedUntil > 0) {
      pausedUntil = until;
    }
    if (perSecond > 0 && permit.paced() && permit.sequence() > widenedAt) {
      margin = Math.min(MAX_MARGIN, margin * 2);
      widenedAt = releases;
      sinceChange = 0;
      long ms = TimeUnit.NANOSECONDS.toMillis(margin);
      LOG.log(
          System.Logger.Level.DEBUG,
          () ->
              "429 for release "
                  + permit.sequence()
                  + ", paced by us: rate limiter margin widened to "
                  + ms
                  + " ms");
    }
  }

  /** The current margin added to the one-second window. */
  public synchronized Duration margin() {
    return Duration.ofNanos(margin);
  }

  /** Requests counted since the start of the current UTC day. */
  public synchronized long usedToday() {
    return LocalDate.now(clock).equals(day) ? usedToday : 0;
  }

  /** The configured rate (0 = unlimited). */
  public double perSecond() {
    return perSecond;
  }

  /** The configured daily budget (0 = none). */
  public long dailyBudget() {
    return dailyBudget;
  }
}
