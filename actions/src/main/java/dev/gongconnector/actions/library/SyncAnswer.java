package dev.gongconnector.actions.library;

import dev.gongconnector.library.sync.SyncCheckpoint;
import dev.gongconnector.library.sync.SyncResult;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What {@code sync_library} did and what the library covers now.
 *
 * @param resumeFrom where an unfinished window resumes, when one is pending
 */
public record SyncAnswer(
    boolean completed,
    String stopReason,
    String store,
    Instant windowStart,
    Instant windowEnd,
    long callsWritten,
    int callsInStore,
    long requestsUsed,
    long minimumRequests,
    String workspaceId,
    Instant coveredFrom,
    Instant syncedThrough,
    Instant resumeFrom) {

  static SyncAnswer of(SyncResult r, Path store, int callsInStore) {
    SyncCheckpoint cp = r.checkpoint();
    return new SyncAnswer(
        r.completed(),
        r.stopReason(),
        store.toString(),
        r.windowStart(),
        r.windowEnd(),
        r.calls(),
        callsInStore,
        r.requestsUsed(),
        r.minimumRequests(),
        cp.workspaceId(),
        cp.coveredFrom(),
        cp.syncedThrough(),
        cp.pendingFrom());
  }
}
