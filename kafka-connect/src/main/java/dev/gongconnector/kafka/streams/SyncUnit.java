package dev.gongconnector.kafka.streams;

import dev.gongconnector.kafka.prefetch.FetchedPage;
import dev.gongconnector.kafka.prefetch.FollowUps;
import java.time.Instant;

/**
 * One thing a task syncs (a workspace's calls and transcripts, or the users), one page per step.
 * Called from the task's read-ahead thread only.
 */
public interface SyncUnit {

  /** When the next step is due ({@code now} or earlier: at once). */
  Instant dueAt();

  /**
   * Reads the next page (its first request here, a follow-up through {@code followUps}) and moves
   * on. The page's records each carry the offset to resume from after it (records before a page's
   * last carry the position before the page: a duplicate only for the page in flight). Null when
   * there is nothing to emit (a refused cursor restarted the window). Throws, and stays where it
   * was, when the request fails.
   */
  FetchedPage fetch(Instant now, FollowUps followUps);

  /** What this unit is, for log lines. */
  String describe();
}
