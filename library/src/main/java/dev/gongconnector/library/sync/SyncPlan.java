package dev.gongconnector.library.sync;

import java.time.Instant;

/**
 * The window of one sync run, decided from the checkpoint and the options.
 *
 * @param windowStart start of the range this run makes complete
 * @param resumeFrom where reading starts (after the window start when resuming an interrupted run)
 * @param windowEnd end (exclusive): the time the run started; later calls wait for the next run
 */
record SyncPlan(Instant windowStart, Instant resumeFrom, Instant windowEnd) {

  static SyncPlan of(SyncCheckpoint cp, SyncOptions options, Instant now) {
    Instant from = options.from();
    if (cp.pending()) {
      // An interrupted run: continue it, unless the user now asks for an earlier start.
      if (from != null && from.isBefore(cp.pendingWindowStart()))
        return new SyncPlan(from, from, now);
      return new SyncPlan(cp.pendingWindowStart(), cp.pendingFrom(), now);
    }
    if (cp.syncedThrough() == null) {
      Instant start = from != null ? from : now.minus(SyncOptions.DEFAULT_FIRST_RANGE);
      return new SyncPlan(start, start, now);
    }
    Instant start = cp.syncedThrough().minus(options.lookback());
    if (from != null && from.isBefore(cp.coveredFrom())) start = from;
    return new SyncPlan(start, start, now);
  }
}
