package dev.gongconnector.kafka.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The slot schedule on a fake clock: tasks that never talk to each other stay within the rate
 * together.
 */
class SlotGateTest {

  @Test
  void threeTasksSendingAsFastAsTheyMayNeverExceedTheRateInAnyOneSecondWindow() throws Exception {
    AtomicLong clock = new AtomicLong(1_700_000_000_123L);
    List<SlotGate> gates = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      gates.add(new SlotGate(3, 40, i, 3, 100, clock::get, ms -> {}));
    }
    List<Long> sent = new ArrayList<>();
    // Whoever has the earliest slot sends next; the fake clock jumps to that slot.
    for (int n = 0; n < 300; n++) {
      SlotGate next = Collections.min(gates, (a, b) -> Long.compare(a.waitMs(), b.waitMs()));
      clock.addAndGet(next.waitMs());
      next.acquire();
      sent.add(clock.get());
    }
    assertThat(maxInWindow(sent, 1000)).isEqualTo(3);
    double perSecond = (sent.size() - 1) * 1000.0 / (sent.get(sent.size() - 1) - sent.get(0));
    // 1000/1040 of the rate (the margin's cost), less one slot in 100 kept for the connector
    assertThat(perSecond).isBetween(2.84, 2.87);
  }

  @Test
  void twoTasksAtHalfTheRateEachWouldCollideButSlotsDoNot() throws Exception {
    AtomicLong clock = new AtomicLong(5_000L);
    SlotGate a = new SlotGate(3, 40, 0, 2, 100, clock::get, ms -> {});
    SlotGate b = new SlotGate(3, 40, 1, 2, 100, clock::get, ms -> {});
    List<Long> sent = new ArrayList<>();
    for (int n = 0; n < 100; n++) {
      SlotGate next = a.waitMs() <= b.waitMs() ? a : b;
      clock.addAndGet(next.waitMs());
      next.acquire();
      sent.add(clock.get());
    }
    assertThat(maxInWindow(sent, 1000)).isLessThanOrEqualTo(3);
  }

  @Test
  void aPauseAfterA429HoldsTheTaskBack() throws Exception {
    AtomicLong clock = new AtomicLong(10_000L);
    List<Long> slept = new ArrayList<>();
    SlotGate g =
        new SlotGate(
            3,
            40,
            0,
            1,
            100,
            clock::get,
            ms -> {
              slept.add(ms);
              clock.addAndGet(ms);
            });
    g.acquire();
    g.pauseUntil(clock.get() + 2000);
    long before = clock.get();
    g.acquire();
    assertThat(clock.get() - before).isGreaterThanOrEqualTo(2000);
  }

  @Test
  void aThreadWokenLateTakesTheNextSlotWhenTheSlotThreeOnIsAnotherTasks() throws Exception {
    AtomicLong clock = new AtomicLong(1L);
    // Task 0 of 2 (the even slots; slot 0 is the connector's).
    SlotGate g = new SlotGate(3, 40, 0, 2, 100, clock::get, firstSleepLate(clock, 30));
    g.acquire();
    // Slot 2 starts at 694 ms; woken at 724, later than half the 40 ms margin, and slot 5 is task
    // 1's, which may send on time: slot 4, at 1387.
    assertThat(clock.get()).isEqualTo(1387);
  }

  @Test
  void aLoneTaskWokenLateSendsAndHoldsBackItsRequestThreeSlotsOn() throws Exception {
    AtomicLong clock = new AtomicLong(1L);
    SlotGate g = new SlotGate(3, 40, 0, 1, 100, clock::get, firstSleepLate(clock, 30));
    List<Long> sent = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      g.acquire();
      sent.add(clock.get());
    }
    // Slot 1 (347 ms) woken at 377 and sent: slot 4 is the task's own. Slots 2 and 3 on time;
    // slot 4 (1387) held back three slots (1040 ms) after the late one, and 10 ms more: what it
    // was late past half the margin.
    assertThat(sent).containsExactly(377L, 694L, 1040L, 1427L);
  }

  @Test
  void aThreadAlwaysWokenLateStillSendsAfterAFewSkippedSlots() throws Exception {
    AtomicLong clock = new AtomicLong(1L);
    // Every sleep oversleeps by 200 ms, more than half a slot, and the margin is 0: no wake-up is
    // ever in time.
    SlotGate g = new SlotGate(3, 0, 0, 1, 100, clock::get, ms -> clock.addAndGet(ms + 200));
    g.acquire();
    // Slots of 333.3 ms: slot 1 (334) woken at 534, skipped; slots 2 to 10 skipped too; slot 11
    // (3667) woken at 3867 is taken, late.
    assertThat(clock.get()).isEqualTo(3867);
    // The count starts again: slots 12 and 13 skipped; slot 14 would leave less than 1000 ms
    // after the late one (passed over, not a late wake-up); slots 15 to 22 skipped, slot 23 (7667)
    // taken at 7867.
    g.acquire();
    assertThat(clock.get()).isEqualTo(7867);
  }

  @Test
  void lateWakeUpsNeverPutFourRequestsWithinAWindowLessThanHalfTheMargin() throws Exception {
    // One task, two tasks, three tasks, each with the connector wanting its slots (one in 7, far
    // more often than the default one in 100), and one wake-up in four up to 250 ms late (GC
    // pauses, a busy machine): whoever's slot comes first sends next.
    for (int tasks : new int[] {1, 2, 3}) {
      Random random = new Random(tasks);
      AtomicLong clock = new AtomicLong(1_700_000_000_000L);
      SlotGate.Sleeper late = ms -> clock.addAndGet(ms + lateness(random, 250));
      List<SlotGate> gates = new ArrayList<>();
      for (int i = 0; i < tasks; i++) gates.add(new SlotGate(3, 40, i, tasks, 7, clock::get, late));
      gates.add(SlotGate.forConnector(3, 40, 7, clock::get, late));
      List<Long> sent = new ArrayList<>();
      for (int n = 0; n < 3000; n++) {
        SlotGate next = Collections.min(gates, (a, b) -> Long.compare(a.waitMs(), b.waitMs()));
        SlotGate.Taken taken = new SlotGate.Taken();
        next.acquire(taken);
        assertThat(taken.skipped()).as("a forced late send").isLessThan(SlotGate.MAX_LATE_SKIPS);
        sent.add(taken.releasedMs());
      }
      Collections.sort(sent);
      // 3 slots of 346.7 ms less half the margin (and a millisecond of rounding): the other half
      // is left for the requests' way to Gong.
      assertThat(closestFour(sent))
          .as("closest four, %d tasks", tasks)
          .isGreaterThanOrEqualTo(1019);
    }
  }

  @Test
  void aLoneTaskKeepsItsRateThroughLateWakeUpsThatSkippingWouldHaveLost() throws Exception {
    // One wake-up in four up to 150 ms late: skipping each one later than 20 ms would lose about a
    // fifth of the slots (2.3 requests/s).
    Random random = new Random(42);
    AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    SlotGate g =
        new SlotGate(
            3, 40, 0, 1, 100, clock::get, ms -> clock.addAndGet(ms + lateness(random, 150)));
    List<Long> sent = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      g.acquire();
      sent.add(clock.get());
    }
    double perSecond = (sent.size() - 1) * 1000.0 / (sent.get(sent.size() - 1) - sent.get(0));
    // Every slot but the connector's would be 2.856/s, skipping every late one 2.24 (measured with
    // this seed); 2.42 measured: a late wake-up before a reserved slot still skips, and so does a
    // request held back three slots on (by twice the lateness past half the margin) that is late
    // again, when the two add up to over half a slot.
    assertThat(perSecond).isGreaterThan(2.35);
    // The task's own requests three slots apart: never closer than three slots (a ms of rounding).
    assertThat(closestFour(sent)).isGreaterThanOrEqualTo(1039);
  }

  /**
   * A sleeper on the fake clock whose first sleep oversleeps by {@code lateMs} (a busy machine).
   */
  private static SlotGate.Sleeper firstSleepLate(AtomicLong clock, long lateMs) {
    AtomicLong sleeps = new AtomicLong();
    return ms -> clock.addAndGet(ms + (sleeps.getAndIncrement() == 0 ? lateMs : 0));
  }

  /** One wake-up in four late by up to {@code maxMs}. */
  private static long lateness(Random random, int maxMs) {
    return random.nextInt(4) == 0 ? random.nextInt(maxMs) : 0;
  }

  private static long closestFour(List<Long> sortedTimes) {
    long closest = Long.MAX_VALUE;
    for (int i = 3; i < sortedTimes.size(); i++) {
      closest = Math.min(closest, sortedTimes.get(i) - sortedTimes.get(i - 3));
    }
    return closest;
  }

  @Test
  void theConnectorsRequestsTakeReservedSlotsSoTheyNeverAddToAFullSecond() throws Exception {
    AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    // One task that sends in every slot it may, and the connector wanting a slot now and then.
    SlotGate task = new SlotGate(3, 40, 0, 1, 6, clock::get, ms -> {});
    SlotGate connector = SlotGate.forConnector(3, 40, 6, clock::get, ms -> {});
    List<Long> sent = new ArrayList<>();
    long longestConnectorWait = 0;
    for (int n = 0; n < 300; n++) {
      boolean connectorWants = n % 7 == 3;
      SlotGate next = connectorWants && connector.waitMs() <= task.waitMs() ? connector : task;
      if (connectorWants) longestConnectorWait = Math.max(longestConnectorWait, connector.waitMs());
      clock.addAndGet(next.waitMs());
      next.acquire();
      sent.add(clock.get());
    }
    assertThat(maxInWindow(sent, 1000)).isEqualTo(3);
    assertThat(sent).doesNotHaveDuplicates();
    // Waits at most 6 slots of 346.7 ms.
    assertThat(longestConnectorWait).isLessThanOrEqualTo(6 * 347);
    assertThat(task.slotMs()).isCloseTo(346.67, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void aTaskNeverTakesAReservedSlot() throws Exception {
    AtomicLong clock = new AtomicLong(0L);
    SlotGate task = new SlotGate(3, 0, 0, 1, 4, clock::get, ms -> {});
    List<Long> sent = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      clock.addAndGet(task.waitMs());
      task.acquire();
      sent.add(Math.round(clock.get() / task.slotMs()));
    }
    assertThat(sent).noneMatch(slot -> slot % 4 == 0).hasSize(12);
  }

  private static int maxInWindow(List<Long> times, long windowMs) {
    int max = 0;
    for (int i = 0; i < times.size(); i++) {
      int n = 0;
      for (int j = i; j < times.size() && times.get(j) < times.get(i) + windowMs; j++) n++;
      max = Math.max(max, n);
    }
    return max;
  }
}
