package dev.gongconnector.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The queue of scripted faults of one simulator; thread-safe.
 *
 * <p>Each request takes the first queued fault whose path matches (see {@link
 * Fault#onPath(String)}); a fault enqueued with {@link Fault#times(int) times(n)} is used for n
 * matching requests, then removed.
 */
public final class Faults {

  private final List<Slot> queue = new ArrayList<>();

  private static final class Slot {
    final Fault fault;
    int remaining;

    Slot(Fault fault) {
      this.fault = fault;
      this.remaining = fault.times();
    }
  }

  /** Adds faults at the end of the queue, in order. */
  public synchronized Faults enqueue(Fault... faults) {
    for (Fault f : faults) {
      if (f == null) {
        throw new NullPointerException("fault");
      }
      queue.add(new Slot(f));
    }
    return this;
  }

  /** Removes every pending fault. */
  public synchronized void clear() {
    queue.clear();
  }

  /** Number of fault applications still pending (a fault with {@code times(3)} counts 3). */
  public synchronized int pending() {
    int n = 0;
    for (Slot s : queue) {
      n += s.remaining;
    }
    return n;
  }

  /** Takes the fault for a request {@code method path}, or null when none matches. */
  synchronized Fault next(String method, String path) {
    Iterator<Slot> it = queue.iterator();
    while (it.hasNext()) {
      Slot s = it.next();
      if (s.fault.matches(method, path)) {
        if (--s.remaining <= 0) {
          it.remove();
        }
        return s.fault;
      }
    }
    return null;
  }
}
