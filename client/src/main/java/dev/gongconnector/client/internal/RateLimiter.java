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
 * <p>It spaces requests evenly, {@code 1/N} second apart (plus a 2% margin so that clock and network jitter
 * do not push Gong's counter over N within a second), which never bursts above N per second. After a 429
 * it pauses everyone until the {@code Retry-After} has passed and slows down by 25% for a minute. It also
 * counts requests per UTC day against an optional budget (when Gong's daily quota resets is unconfirmed;
 * we assume UTC midnight).
 */
public final class RateLimiter {

    private static final double MARGIN = 1.02;
    private static final long SLOWDOWN_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final double perSecond;
    private final long dailyBudget;
    private final Clock clock;
    private long nextSlot;
    private long pausedUntil;
    private long slowUntil;
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
        this.nextSlot = System.nanoTime();
        this.pausedUntil = nextSlot;
        this.slowUntil = nextSlot;
        this.day = LocalDate.now(clock);
    }

    /**
     * Waits for this thread's turn, then counts one request against the daily budget.
     *
     * @throws RateLimitedException when the daily budget is spent (never sleeps until the reset)
     * @throws InterruptedException when interrupted while waiting
     */
    public void acquire() throws InterruptedException {
        long wakeAt;
        synchronized (this) {
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
                                + " (in " + wait.toMinutes() + " min). Nothing more was requested.", null);
            }
            usedToday++;
            long now = System.nanoTime();
            long slot = Math.max(now, Math.max(nextSlot, pausedUntil));
            if (perSecond > 0) {
                double interval = 1e9 / perSecond * MARGIN;
                if (slowUntil - now > 0) {
                    interval *= 1.25;
                }
                nextSlot = slot + (long) interval;
            }
            wakeAt = slot;
        }
        long wait = wakeAt - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** After a 429: nobody sends before {@code retryAfter} has passed, and the pace slows for a minute. */
    public synchronized void penalize(Duration retryAfter) {
        long now = System.nanoTime();
        long until = now + Math.max(0, retryAfter.toNanos());
        if (until - pausedUntil > 0) {
            pausedUntil = until;
        }
        slowUntil = now + SLOWDOWN_NANOS;
    }

    /** Requests counted since the start of the current UTC day. */
    public synchronized long usedToday() {
        if (!LocalDate.now(clock).equals(day)) {
            return 0;
        }
        return usedToday;
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
