package dev.gongconnector.library.sync;

import java.time.Instant;

/**
 * What a sync run did.
 *
 * @param completed true when the whole window was synced; false when it stopped early (see {@link
 *     #stopReason})
 * @param windowStart first call start instant the run read
 * @param windowEnd end (exclusive) of the run's window: the time the run started
 * @param calls calls written (inserted or replaced) by this run
 * @param requestsUsed requests sent to Gong by this run
 * @param minimumRequests the fewest requests that could have fetched these calls (one extensive and
 *     one transcript request per 100 calls)
 * @param stopReason why the run stopped early (rerun to resume), or null
 * @param checkpoint the store's checkpoint after the run
 */
public record SyncResult(
    boolean completed,
    Instant windowStart,
    Instant windowEnd,
    long calls,
    long requestsUsed,
    long minimumRequests,
    String stopReason,
    RuntimeException error,
    SyncCheckpoint checkpoint) {}
