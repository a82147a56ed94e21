package dev.gongconnector.client.internal;

import dev.gongconnector.client.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The client's request pacer, shared by all threads of a client and its variants.
 *
 * <p>Two rules, both on the moments requests are actually released: requests are spaced at least
 * {@code W/N} apart, and at most N are released in any sliding window of {@code W}, where W is one second
 * plus a 50 ms margin. Gong's algorithm is unconfirmed ("leaky bucket"); a sliding window of one second is
 * the strictest reading, and the margin absorbs network and scheduling jitter between our send and Gong's
 * count, so we stay at about 95% of the limit with no 429 caused by us. The first 2N requests get a wider
 * window (new connections delay their arrival). After a 429 everyone pauses until
 * {@code Retry-After} has passed and the window widens for a while (see {@link #penalize}).
 *
 * <p>It also counts requests per UTC day against an optional budget (Gong's reset time is unconfirmed; UTC
 * midnight is assumed). When the budget is spent it throws at once, never sleeping until the reset.
 */
public final class RateLimiter {

    /** Added to Gong's one-second window: absorbs jitter between our release and Gong's count. */
    static final long MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** Added to the window per 429 (up to {@link #MAX_EXTRA_NANOS}), then worn off by each request released. */
    private static final long EXTRA_PER_429_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long MAX_EXTRA_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long EXTRA_DECAY_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
    /**
     * Added to the window for the first 2N releases: the first requests open new connections (TCP, TLS), so
     * they reach Gong later than requests on warm connections released after them, which packs Gong's count.
     */
    private static final long WARMUP_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final double perSecond;
    private final long dailyBudget;
    private final Clock clock;
    private final long[] released;
    private int head;
    private int size;
    private long nextAllowed;
    private long pausedUntil;
    private long extraNanos;
    private long releases;
    private LocalDate day;
    private long usedToday;

    /** A limiter of {@code perSecond} requests per second (0 = unlimited) and {@code dailyBudget} per day (0 = none). */
    public RateLimiter(double perSecond, long dailyBudget) {
        this(perSecond, dailyBudget, Clock.systemUTC());
    }

    RateLimiter(double perSecond, long dailyBudget, Clock clock) {
        this.perSecond = perSecond;
        this.dailyBudget = dailyBudget;
        this.clock = clock;
        this.released = new long[perSecond > 0 ? Math.max(1, (int) Math.ceil(perSecond)) : 1];
        long now = System.nanoTime();
        this.nextAllowed = now;
        this.pausedUntil = now;
        this.day = LocalDate.now(clock);
    }

    /**
     * Waits for this thread's turn, then counts one request against the daily budget.
     *
     * @throws RateLimitedException when the daily budget is spent (never sleeps until the reset)
     * @throws InterruptedException when interrupted while waiting
     */
    public void acquire() throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                checkBudget();
                long now = System.nanoTime();
                wait = waitNanos(now);
                if (wait <= 0) {
                    release(now);
                    return;
                }
            }
            // Sleep outside the lock, then compete again: the decision is always made on the real clock.
            TimeUnit.NANOSECONDS.sleep(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(500)));
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
            throw new RateLimitedException(0, null, List.of(), wait, true, reset,
                    "The client's daily budget of " + dailyBudget + " requests is spent; it resets at " + reset
                            + " (in " + wait.toMinutes() + " min). No request was sent.", null);
        }
    }

    private long waitNanos(long now) {
        long until = pausedUntil - now;
        if (perSecond > 0) {
            long window = windowNanos();
            until = Math.max(until, nextAllowed - now);
            if (size == released.length) {
                until = Math.max(until, released[head] + window - now);
            }
        }
        return until;
    }

    private void release(long now) {
        usedToday++;
        releases++;
        extraNanos = Math.max(0, extraNanos - EXTRA_DECAY_NANOS);
        if (perSecond > 0) {
            long interval = (long) (windowNanos() / perSecond);
            // Count from the slot we waited for, not from when the thread woke (a few ms late): otherwise
            // wake-up lateness would add up and waste rate. The window rule below still uses real times.
            long base = now - nextAllowed < interval / 2 ? nextAllowed : now;
            nextAllowed = base + interval;
            long window = windowNanos();
            if (size == released.length) {
                head = (head + 1) % released.length;
                size--;
            }
            released[(head + size) % released.length] = now;
            size++;
        }
    }

    private long windowNanos() {
        long warmup = releases < 2L * released.length ? WARMUP_NANOS : 0;
        return TimeUnit.SECONDS.toNanos(1) + MARGIN_NANOS + extraNanos + warmup;
    }

    /**
     * After a 429: nobody is released before {@code retryAfter} has passed, and the window grows by 50 ms
     * (at most 500 ms), wearing off by 0.5 ms per request released (about 100 requests per 429).
     */
    public synchronized void penalize(Duration retryAfter) {
        long until = System.nanoTime() + Math.max(0, retryAfter.toNanos());
        if (until - pausedUntil > 0) {
            pausedUntil = until;
        }
        extraNanos = Math.min(MAX_EXTRA_NANOS, extraNanos + EXTRA_PER_429_NANOS);
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
