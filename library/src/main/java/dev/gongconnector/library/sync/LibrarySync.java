package dev.gongconnector.library.sync;

import dev.gongconnector.library.LibraryCall;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.index.LibraryIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Mirrors calls from a {@link CallSource} into a {@link LibraryIndex}, incrementally and
 * crash-safely.
 *
 * <p>A run reads one window [start, now): on the first run from {@code from} (default 90 days
 * back); afterwards from the last synced instant minus the lookback, since Gong lists calls and
 * finishes their content late. Every page is upserted by call id and committed together with the
 * checkpoint in one Lucene commit, so a run killed at any point leaves the store at a page
 * boundary. The checkpoint is the start time of the last committed call, and a rerun restarts the
 * window from it without a cursor (Gong's cursors expire); calls at exactly that instant are read
 * again and replaced, never duplicated. This needs Gong to return calls in start order, which is
 * not documented (unconfirmed): the run checks it, and when a page goes back in time it keeps the
 * run's start as the restart point.
 *
 * <p>After the window, calls of the two weeks before it that still have no transcript are read
 * again by id (at most 200 a run): Gong transcribes late, and such a call would otherwise stay
 * without one.
 *
 * <p>The next page is read while the current one is indexed and committed (one fetch ahead, on one
 * background thread), so Gong's latency and the indexing overlap; the commit order is unchanged.
 */
public final class LibrarySync {

  /**
   * Cursor-free restarts in a row without progress after a cursor was refused, before giving up.
   */
  static final int MAX_RESTARTS = 3;

  /**
   * How far before the window calls without a transcript are asked for again (Gong transcribes
   * late).
   */
  static final Duration TRANSCRIPT_RECHECK = Duration.ofDays(14);

  /**
   * At most this many such calls per run (four requests); calls that never get one (too short) stay
   * cheap.
   */
  static final int MAX_RECHECK = 200;

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
   * Runs one sync. Gong failures (daily budget spent, network lost, server errors after retries)
   * end the run early with {@link SyncResult#completed()} false; everything committed so far stays.
   *
   * @throws LibraryException when the store mirrors another workspace than {@code options} asks for
   */
  public SyncResult run(SyncOptions options, SyncProgress.Listener listener) {
    SyncCheckpoint cp = checkpoint();
    if (cp.lastRunAt() != null && !Objects.equals(cp.workspaceId(), options.workspaceId())) {
      throw new LibraryException(
          "this store mirrors "
              + scope(cp.workspaceId())
              + ", not "
              + scope(options.workspaceId())
              + "; use the same --workspace or another --store");
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
    long minimum = 0;
    ExecutorService fetcher =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "gong-library-sync-fetch");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<SourcePage> next =
          restartFrom.isBefore(plan.windowEnd())
              ? fetch(fetcher, restartFrom, plan.windowEnd(), options.workspaceId(), null)
              : null;
      while (next != null) {
        SourcePage page;
        try {
          page = await(next);
        } catch (RuntimeException e) {
          // Gong's cursor expired (about an hour, unconfirmed): restart the window from the
          // checkpoint.
          // Retrying is bounded: a restart that made no progress since the last one counts against
          // it.
          if (!safe.equals(restartFrom)) restarts = 0;
          if (cursor == null || !CursorRefusal.is(e) || ++restarts > MAX_RESTARTS) throw e;
          restartFrom = safe;
          cursor = null;
          maxStarted = null;
          inOrder = true;
          next = fetch(fetcher, restartFrom, plan.windowEnd(), options.workspaceId(), null);
          continue;
        }
        // Read the next page while this one is indexed and committed: Gong's latency hides behind
        // indexing.
        cursor = page.cursor();
        next =
            cursor == null
                ? null
                : fetch(fetcher, restartFrom, plan.windowEnd(), options.workspaceId(), cursor);
        if (total < 0) total = page.totalRecords();
        for (LibraryCall call : page.calls()) {
          index.upsert(call);
          if (maxStarted != null && call.started().isBefore(maxStarted)) inOrder = false;
          if (maxStarted == null || call.started().isAfter(maxStarted)) maxStarted = call.started();
        }
        calls += page.calls().size();
        pages++;
        // Out of order once means no order at all: only the run's own start is a safe restart
        // point.
        if (!inOrder) safe = plan.resumeFrom();
        else if (maxStarted != null) safe = maxStarted;
        cp = cp.withPending(plan.windowStart(), safe, options.clock().instant());
        index.commit(cp.toCommitData());
        listener.onPage(
            new SyncProgress(pages, calls, total, source.requestsUsed() - requestsBefore, safe));
      }
      cp = cp.completed(plan.windowStart(), plan.windowEnd(), options.clock().instant());
      index.commit(cp.toCommitData());
      minimum = minimumRequests(calls);
      // Calls before the window that still have no transcript: Gong may have transcribed them
      // since.
      List<String> missing =
          index.callsWithoutTranscript(
              plan.windowStart().minus(TRANSCRIPT_RECHECK), plan.windowStart(), MAX_RECHECK);
      if (!missing.isEmpty()) {
        List<LibraryCall> again = source.calls(missing);
        for (LibraryCall call : again) {
          if (call.transcriptAvailable()) {
            index.upsert(call);
            calls++;
          }
        }
        index.commit(cp.toCommitData());
        minimum += minimumRequests(missing.size());
      }
      return result(true, plan, calls, requestsBefore, minimum, null, null, cp);
    } catch (RuntimeException e) {
      if (!StopReason.isGongFailure(e)) throw e;
      return result(
          false,
          plan,
          calls,
          requestsBefore,
          Math.max(minimum, minimumRequests(calls)),
          StopReason.describe(e),
          e,
          cp);
    } finally {
      fetcher.shutdownNow();
    }
  }

  private Future<SourcePage> fetch(
      ExecutorService fetcher, Instant from, Instant to, String workspaceId, String cursor) {
    return fetcher.submit(() -> source.page(from, to, workspaceId, cursor));
  }

  private static SourcePage await(Future<SourcePage> page) {
    try {
      return page.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) throw (RuntimeException) cause;
      if (cause instanceof Error) throw (Error) cause;
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LibraryException("sync interrupted", e);
    }
  }

  private SyncResult result(
      boolean completed,
      SyncPlan plan,
      long calls,
      long requestsBefore,
      long minimum,
      String reason,
      RuntimeException error,
      SyncCheckpoint cp) {
    return new SyncResult(
        completed,
        plan.windowStart(),
        plan.windowEnd(),
        calls,
        source.requestsUsed() - requestsBefore,
        minimum,
        reason,
        error,
        cp);
  }

  /**
   * One extensive and one transcript request per 100 calls; one request to learn that a range is
   * empty.
   */
  static long minimumRequests(long calls) {
    return calls == 0 ? 1 : 2 * ((calls + 99) / 100);
  }

  private static String scope(String workspaceId) {
    return workspaceId == null ? "all workspaces" : "workspace " + workspaceId;
  }
}
