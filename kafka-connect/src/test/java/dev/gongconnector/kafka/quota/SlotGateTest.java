package dev.gongconnector.kafka.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
  void aThreadWokenLateTakesTheNextSlotInsteadOfSendingLate() throws Exception {
    AtomicLong clock = new AtomicLong(1L);
    AtomicLong sleeps = new AtomicLong();
    // The first sleep oversleeps by 30 ms (a busy machine), later ones are exact.
    SlotGate g =
        new SlotGate(
            3,
            40,
            0,
            1,
            100,
            clock::get,
            ms -> clock.addAndGet(ms + (sleeps.getAndIncrement() == 0 ? 30 : 0)));
    g.acquire();
    // Slot 1 starts at 347 ms; woken at 377, later than half the 40 ms margin: slot 2, at 694.
    assertThat(clock.get()).isEqualTo(694);
  }

  @Test
  void aThreadAlwaysWokenLateStillSendsAfterAFewSkippedSlots() throws Exception {
    AtomicLong clock = new AtomicLong(1L);
    // Every sleep oversleeps by 30 ms, and the margin is 0: no wake-up is ever on time.
    SlotGate g = new SlotGate(3, 0, 0, 1, 100, clock::get, ms -> clock.addAndGet(ms + 30));
    g.acquire();
    // Slots of 333.3 ms: slot 1 (334) woken at 364, skipped; slots 2 to 10 skipped too; slot 11
    // (3667) woken at 3697 is taken, late.
    assertThat(clock.get()).isEqualTo(3697);
    // The count starts again: slots 12 to 21 skipped, slot 22 (7334) taken at 7364.
    g.acquire();
    assertThat(clock.get()).isEqualTo(7364);
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
