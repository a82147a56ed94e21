package dev.gongconnector.kafka.quota;

import java.util.function.LongSupplier;

/**
 * Paces one task's requests so that all tasks of a connector together stay within the company's
 * rate, on any number of workers and without talking to each other.
 *
 * <p>Wall-clock time is cut into slots of {@code (1000 ms + margin) / rate}; slot k belongs to task
 * {@code k mod taskCount}, and a task sends at most one request per slot it owns. Any one-second
 * window then holds at most {@code rate} slot starts, whoever owns them: the sum never exceeds the
 * quota, as long as the workers' clocks (NTP) and the network jitter differ by less than the
 * margin. Splitting the rate into independent per-task limiters would not do that: two tasks at
 * 1.5/s each can both send twice in the same second.
 */
public final class SlotGate {

  /** Sleeps; injectable for tests on a fake clock. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final double slotMs;
  private final int taskIndex;
  private final int taskCount;
  private final LongSupplier clockMs;
  private final Sleeper sleeper;
  private long lastSlot = Long.MIN_VALUE;
  private long pausedUntilMs;

  public SlotGate(int perSecond, long marginMs, int taskIndex, int taskCount) {
    this(perSecond, marginMs, taskIndex, taskCount, System::currentTimeMillis, Thread::sleep);
  }

  public SlotGate(
      int perSecond,
      long marginMs,
      int taskIndex,
      int taskCount,
      LongSupplier clockMs,
      Sleeper sleeper) {
    if (perSecond < 1 || taskCount < 1 || taskIndex < 0 || taskIndex >= taskCount) {
      throw new IllegalArgumentException(
          "bad gate: rate " + perSecond + ", task " + taskIndex + "/" + taskCount);
    }
    this.slotMs = (1000.0 + marginMs) / perSecond;
    this.taskIndex = taskIndex;
    this.taskCount = taskCount;
    this.clockMs = clockMs;
    this.sleeper = sleeper;
  }

  /** The wait (ms) before this task's next slot; 0 when a request may go now. */
  public synchronized long waitMs() {
    long now = clockMs.getAsLong();
    return Math.max(0, start(nextSlot(Math.max(now, pausedUntilMs))) - now);
  }

  /**
   * Waits for this task's next slot (at most {@code taskCount} slots, or a 429 pause) and takes it.
   */
  public void acquire() throws InterruptedException {
    while (true) {
      long slot;
      long wait;
      synchronized (this) {
        long now = clockMs.getAsLong();
        slot = nextSlot(Math.max(now, pausedUntilMs));
        wait = start(slot) - now;
        if (wait <= 0) {
          lastSlot = slot;
          return;
        }
      }
      sleeper.sleep(wait);
      synchronized (this) {
        // Woken a little after the slot's start: it is still ours (the margin covers the lateness).
        if (slot > lastSlot && clockMs.getAsLong() >= Math.max(start(slot), pausedUntilMs)) {
          lastSlot = slot;
          return;
        }
      }
    }
  }

  /** After a 429: no request before {@code untilMs} (epoch ms). */
  public synchronized void pauseUntil(long untilMs) {
    pausedUntilMs = Math.max(pausedUntilMs, untilMs);
  }

  /** Slot length in milliseconds. */
  public double slotMs() {
    return slotMs;
  }

  private long nextSlot(long now) {
    // The first slot starting at or after now (a slot that started exactly now is still usable).
    long k = (long) Math.floor(now / slotMs);
    if (start(k) < now) k++;
    if (k <= lastSlot) k = lastSlot + 1;
    long r = Math.floorMod(k - taskIndex, taskCount);
    return r == 0 ? k : k + taskCount - r;
  }

  private long start(long slot) {
    return (long) Math.ceil(slot * slotMs);
  }
}
