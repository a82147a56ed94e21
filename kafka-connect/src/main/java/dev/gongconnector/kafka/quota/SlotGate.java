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
 * margin. A thread that wakes for its slot later than half the margin (a busy machine) does not
 * send late, next to a request three slots on that another task may send on time: it takes its next
 * slot. Only when the slot three on is this task's own (one task, or three) may it send up to half
 * a slot late, and the task then holds that later request back by as much, and by what it was late
 * past half the margin once more ({@link #notBeforeMs}): what a late request takes from the window
 * it gives back, and a stop-the-world GC pause over a slot's start no longer costs the slot.
 * Splitting the rate into independent per-task limiters would not do any of that: two tasks at
 * 1.5/s each can both send twice in the same second.
 *
 * <p>The connector's own few requests (the credential check of validate, listing the workspaces)
 * need a place in the same schedule, or a connector restarted while its tasks use every slot would
 * add a fourth request to a full second. Every {@code reservedEvery}-th slot (k divisible by it)
 * therefore belongs to the connector and to no task ({@link #forConnector}); it costs the tasks
 * 1/reservedEvery of the rate, and a connector request waits up to reservedEvery slots.
 */
public final class SlotGate {

  /** Sleeps; injectable for tests on a fake clock. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /**
   * Late wake-ups in a row after which a task sends late rather than skip again: a last resort for
   * a machine late every time (about 3.5 s without a request at 3/s). Not lower: under CPU
   * starvation runs of 3 late wake-ups were common, and each late send after them put a request
   * well past the margin (up to 238 ms after its slot), next to the following slots' requests.
   */
  public static final int MAX_LATE_SKIPS = 10;

  private final double slotMs;
  private final int taskIndex;
  private final int taskCount;
  private final int reservedEvery;
  private final long lateMs;
  private final long carryMs;
  private final LongSupplier clockMs;
  private final Sleeper sleeper;
  private long lastSlot = Long.MIN_VALUE;
  private long pausedUntilMs;

  /** This gate's last releases by slot mod 4: enough to find the slot three before. */
  private final long[] releasedSlot = {
    Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE
  };

  private final long[] releasedAtMs = new long[4];

  /** The gate of task {@code taskIndex} of {@code taskCount}. */
  public SlotGate(int perSecond, long marginMs, int taskIndex, int taskCount, int reservedEvery) {
    this(
        perSecond,
        marginMs,
        taskIndex,
        taskCount,
        reservedEvery,
        System::currentTimeMillis,
        Thread::sleep);
  }

  /** The gate of the connector's own requests: only the reserved slots. */
  public static SlotGate forConnector(int perSecond, long marginMs, int reservedEvery) {
    return forConnector(
        perSecond, marginMs, reservedEvery, System::currentTimeMillis, Thread::sleep);
  }

  static SlotGate forConnector(
      int perSecond, long marginMs, int reservedEvery, LongSupplier clockMs, Sleeper sleeper) {
    return new SlotGate(perSecond, marginMs, -1, 1, reservedEvery, clockMs, sleeper);
  }

  /**
   * @param taskIndex the task's index, or -1 for the connector
   * @param reservedEvery every how many slots one is the connector's (at least 2)
   */
  public SlotGate(
      int perSecond,
      long marginMs,
      int taskIndex,
      int taskCount,
      int reservedEvery,
      LongSupplier clockMs,
      Sleeper sleeper) {
    if (perSecond < 1
        || taskCount < 1
        || taskIndex < -1
        || taskIndex >= taskCount
        || reservedEvery < 2) {
      throw new IllegalArgumentException(
          "bad gate: rate "
              + perSecond
              + ", task "
              + taskIndex
              + "/"
              + taskCount
              + ", reserved every "
              + reservedEvery);
    }
    this.slotMs = (1000.0 + marginMs) / perSecond;
    this.taskIndex = taskIndex;
    this.taskCount = taskCount;
    this.reservedEvery = reservedEvery;
    this.lateMs = Math.max(1, marginMs / 2); // 1: the clock's granularity, with no margin
    // Half a slot: a request carried that late still leaves before the next slot's starts.
    this.carryMs = Math.max(lateMs, (long) (slotMs / 2));
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
   * The slot is reserved before the wait, so threads of one task waiting at once take successive
   * slots instead of all waking for the same one. A thread that comes later than its slot allows
   * ({@link #allowanceMs}: half the margin, or half a slot when the slot three on is this gate's)
   * does not send late: it takes the next slot instead (the other half of the margin is left for
   * the request's way to Gong). A request sent in a slot three after one of this gate's leaves at
   * least three slots after it ({@link #notBeforeMs}), so a late send holds the request three slots
   * on back by as much. After {@value #MAX_LATE_SKIPS} late wake-ups in a row it sends anyway: on a
   * machine that late every time, a request past the margin (which a 429 would pause) beats a task
   * that never sends.
   */
  public void acquire() throws InterruptedException {
    acquire(null);
  }

  /**
   * As {@link #acquire()}, and tells {@code taken} (when not null) which slot it was, when it
   * started and when the gate let the request go. Nothing is allocated once the slot is taken:
   * {@code taken} is the caller's, made before the wait.
   */
  public void acquire(Taken taken) throws InterruptedException {
    int skipped = 0;
    while (true) {
      long slot;
      synchronized (this) {
        slot = nextSlot(Math.max(clockMs.getAsLong(), pausedUntilMs));
        lastSlot = slot;
      }
      while (true) {
        long sleepMs;
        synchronized (this) {
          // Read under the lock: the decision and the release it records use the same instant.
          long now = clockMs.getAsLong();
          long start = start(slot);
          long notBefore = notBeforeMs(slot);
          long allowance = allowanceMs(slot);
          if (notBefore > start + allowance && skipped < MAX_LATE_SKIPS) {
            break; // held back past this slot by a late send three slots before: the next one
          } else if (now < notBefore) {
            sleepMs = notBefore - now;
          } else if (now < pausedUntilMs) {
            break; // paused by a 429 meanwhile: the first slot after the pause
          } else if (now - start <= allowance || skipped >= MAX_LATE_SKIPS) {
            releasedSlot[(int) Math.floorMod(slot, 4L)] = slot;
            releasedAtMs[(int) Math.floorMod(slot, 4L)] = now;
            if (taken != null) taken.set(slot, start, now, skipped);
            return;
          } else {
            skipped++; // woken too late for this slot: the next one
            break;
          }
        }
        sleeper.sleep(sleepMs);
      }
    }
  }

  /**
   * The slot a request was let through in: its index and start (epoch ms), when the gate let it go
   * and how many late wake-ups it skipped before. Filled by {@link #acquire(Taken)}.
   */
  public static final class Taken {
    private long slot;
    private long startMs;
    private long releasedMs;
    private int skipped;

    void set(long slot, long startMs, long releasedMs, int skipped) {
      this.slot = slot;
      this.startMs = startMs;
      this.releasedMs = releasedMs;
      this.skipped = skipped;
    }

    public long slot() {
      return slot;
    }

    public long startMs() {
      return startMs;
    }

    public long releasedMs() {
      return releasedMs;
    }

    public int skipped() {
      return skipped;
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
    while (!owns(k)) k++; // at most 2 * taskCount steps
    return k;
  }

  /**
   * How late after its start a request may leave in {@code slot}. Half the margin, whatever owns
   * the slot three on: that owner may send on time, and the window from this request to that one
   * must stay over 1000 ms by the other half. Half a slot when the slot three on is this gate's
   * own, which {@link #notBeforeMs} then holds back; not for the connector's gate, of which each
   * worker has its own.
   */
  private long allowanceMs(long slot) {
    return taskIndex >= 0 && owns(slot + 3) ? carryMs : lateMs;
  }

  /**
   * The earliest a request may leave in {@code slot}: its start, or, when this gate released the
   * slot three before, three slots after that release, and later again by what that release was
   * late past half the margin. So two of this gate's requests three slots apart are never closer
   * than three slots (what on-time requests get), and a late one, whose cause (a GC pause, a busy
   * machine that wakes many threads at once) often delays it after the gate too, gets that much
   * more room. A slot further back needs no check: it left at most half a slot late, three and a
   * half slots before.
   */
  private long notBeforeMs(long slot) {
    long start = start(slot);
    int i = (int) Math.floorMod(slot - 3, 4L);
    if (releasedSlot[i] != slot - 3) return start;
    long released = releasedAtMs[i];
    // What made it late (a GC pause, a busy machine) tends to delay it after the gate too: every ms
    // past half the margin is given back twice.
    long excess = Math.max(0, released - start(slot - 3) - lateMs);
    return Math.max(start, released + (long) Math.ceil(3 * slotMs) + excess);
  }

  private boolean owns(long slot) {
    boolean reserved = Math.floorMod(slot, reservedEvery) == 0;
    if (taskIndex < 0) return reserved;
    return !reserved && Math.floorMod(slot - taskIndex, taskCount) == 0;
  }

  private long start(long slot) {
    return (long) Math.ceil(slot * slotMs);
  }
}
