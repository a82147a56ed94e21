package dev.gongconnector.library.sync;

import dev.gongconnector.library.LibraryCall;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.index.LibraryIndex;
import java.time.Instant;
import java.util.Objects;

/**
 * Mirrors calls from a {@link CallSource} into a {@link LibraryIndex}, incrementally and crash-safely.
 *
 * <p>A run reads one window [start, now): on the first run from {@code from} (default 90 days back);
 * afterwards from the last synced instant minus the lookback, since Gong lists calls and finishes their
 * content late. Every page is upserted by call id and committed together with the checkpoint in one
 * Lucene commit, so a run killed at any point leaves the store at a page boundary. The checkpoint is
 * the start time of the last committed call, and a rerun restarts the window from it without a cursor
 * (Gong's cursors expire); calls at exactly that instant are read again and replaced, never duplicated.
 * This needs Gong to return calls in start order, which is not documented (unconfirmed): the run
 * checks it, and when a page goes back in time it keeps the window start as the restart point.
 */
public final class LibrarySync {

  /** Cursor-free restarts in a row without progress after a cursor was refused, before giving up. */
  static final int MAX_RESTARTS = 3;

  private final LibraryIndex index;
  private final CallSource source;

  public LibrarySync(LibraryIndex index, CallSource source) {
    this.index = Objects.requireNonNull(index, "index");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Reads the store's checkpoint. */
  public SyncCheckpoint checkpoint() {
    return SyncCheckpoint.fromCommitData(index.commitData());
  }

  /**
   * Runs one sync. Gong failures (daily budget spent, network lost, server errors after retries) end
   * the run early with {@link SyncResult#completed()} false; everything committed so far stays.
   *
   * @throws LibraryException when the store mirrors another workspace than {@code options} asks for
   */
  public SyncResult run(SyncOptions options, SyncProgress.Listener listener) {
    SyncCheckpoint cp = checkpoint();
    if (cp.lastRunAt() != null && !Objects.equals(cp.workspaceId(), options.workspaceId())) {
      throw new LibraryException("this store mirrors " + scope(cp.workspaceId()) + ", not "
          + scope(options.workspaceId()) + "; use the same --workspace or another --store");
    }
    if (cp.lastRunAt() == null) {
      cp = new SyncCheckpoint(options.workspaceId(), null, null, null, null, null);
    }
    Instant now = options.clock().instant();
    SyncPlan plan = SyncPlan.of(cp, options, now);
    long requestsBefore = source.requestsUsed();
    Instant restartFrom = plan.resumeFrom();
    long calls = 0;
    long total = -1;
    int pages = 0;
    int restarts = 0;
    String cursor = null;
    Instant maxStarted = null;
    boolean inOrder = true;
    Instant safe = restartFrom;
    try {
      while (restartFrom.isBefore(plan.windowEnd())) {
        SourcePage page;
        try {
          page = source.page(restartFrom, plan.windowEnd(), options.workspaceId(), cursor);
        } catch (RuntimeException e) {
          // Gong's cursor expired (about an hour, unconfirmed): restart the window from the checkpoint.
          // Retrying is bounded: a restart that made no progress since the last one counts against it.
          if (!safe.equals(restartFrom)) restarts = 0;
          if (cursor == null || !CursorRefusal.is(e) || ++restarts > MAX_RESTARTS) throw e;
          restartFrom = safe;
          cursor = null;
          maxStarted = null;
          inOrder = true;
          continue;
        }
        if (total < 0) total = page.totalRecords();
        for (LibraryCall call : page.calls()) {
          index.upsert(call);
          if (maxStarted != null && call.started().isBefore(maxStarted)) inOrder = false;
          if (maxStarted == null || call.started().isAfter(maxStarted)) maxStarted = call.started();
        }
        calls += page.calls().size();
        pages++;
        if (inOrder && maxStarted != null) safe = maxStarted;
        cp = cp.withPending(plan.windowStart(), safe, options.clock().instant());
        index.commit(cp.toCommitData());
        listener.onPage(new SyncProgress(pages, calls, total, source.requestsUsed() - requestsBefore, safe));
        if (page.cursor() == null) break;
        cursor = page.cursor();
      }
      cp = cp.completed(plan.windowStart(), plan.windowEnd(), options.clock().instant());
      index.commit(cp.toCommitData());
      return result(true, plan, calls, requestsBefore, null, null, cp);
    } catch (RuntimeException e) {
      if (!StopReason.isGongFailure(e)) throw e;
      return result(false, plan, calls, requestsBefore, StopReason.describe(e), e, cp);
    }
  }

  private SyncResult result(boolean completed, SyncPlan plan, long calls, long requestsBefore, String reason,
      RuntimeException error, SyncCheckpoint cp) {
    long pagesNeeded = Math.max(1, (calls + 99) / 100);
    long minimum = calls == 0 ? 1 : 2 * pagesNeeded;
    return new SyncResult(completed, plan.windowStart(), plan.windowEnd(), calls,
        source.requestsUsed() - requestsBefore, minimum, reason, error, cp);
  }

  private static String scope(String workspaceId) {
    return workspaceId == null ? "all workspaces" : "workspace " + workspaceId;
  }
}
