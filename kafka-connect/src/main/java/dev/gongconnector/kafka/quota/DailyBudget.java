package dev.gongconnector.kafka.quota;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One task's share of the connector's daily request budget, counted per UTC day (Gong's reset time
 * is unconfirmed; UTC midnight is assumed, as in the client). Shares of all tasks add up to the
 * budget.
 */
public final class DailyBudget {

  private final long share;
  private final Clock clock;
  private LocalDate day;
  private long used;

  /** {@code share} = 0: no budget of our own (Gong's 429 still stops us). */
  public DailyBudget(long share, Clock clock) {
    this.share = share;
    this.clock = clock;
    this.day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /**
   * The share of task {@code index} when {@code budget} is split over {@code tasks} (remainder to
   * the first).
   */
  public static long share(long budget, int index, int tasks) {
    if (budget == 0) return 0;
    long base = budget / tasks;
    long s = base + (index < budget % tasks ? 1 : 0);
    return Math.max(1, s);
  }

  /** Counts one request; false (and nothing counted) when today's share is spent. */
  public synchronized boolean tryTake() {
    roll();
    if (share > 0 && used >= share) return false;
    used++;
    return true;
  }

  /** Requests left today, or -1 without a budget. */
  public synchronized long left() {
    roll();
    return share == 0 ? -1 : Math.max(0, share - used);
  }

  public synchronized long usedToday() {
    roll();
    return used;
  }

  /** When the share is available again. */
  public Instant resetsAt() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC))
        .plusDays(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  private void roll() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (!today.equals(day)) {
      day = today;
      used = 0;
    }
  }
}
