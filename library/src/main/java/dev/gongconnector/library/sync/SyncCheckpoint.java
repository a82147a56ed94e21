package dev.gongconnector.library.sync;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * How far a store is synced, kept in the Lucene commit's user data so that it is always exactly as
 * durable as the calls it describes.
 *
 * @param workspaceId the workspace the store mirrors, or null for all workspaces
 * @param coveredFrom calls that started at or after this instant are in the store (with {@link
 *     #syncedThrough})
 * @param syncedThrough end (exclusive) of the range fully synced by the last completed run, or null
 *     before one
 * @param pendingWindowStart start of the window of an interrupted run, or null when no run is
 *     pending
 * @param pendingFrom where an interrupted run restarts: the last call start of the run committed in
 *     order
 * @param lastRunAt when the last run (complete or not) committed
 */
public record SyncCheckpoint(
    String workspaceId,
    Instant coveredFrom,
    Instant syncedThrough,
    Instant pendingWindowStart,
    Instant pendingFrom,
    Instant lastRunAt) {

  /**
   * The store format: bumped when what is indexed changes, so an older store is rebuilt by the next
   * sync and refused by search until then. 2: only fired trackers and discussed topics, CRM account
   * and opportunity names.
   */
  public static final String VERSION = "2";

  private static final String PREFIX = "gong.sync.";

  /** The checkpoint of a store that was never synced. */
  public static final SyncCheckpoint EMPTY = new SyncCheckpoint(null, null, null, null, null, null);

  /** True when an earlier run was interrupted and must be resumed. */
  public boolean pending() {
    return pendingFrom != null;
  }

  /**
   * True when the calls that started in [from, to) are all in the store (as of {@link
   * #syncedThrough}).
   */
  public boolean covers(Instant from, Instant to, String workspace) {
    return covers(from, to, workspace, java.time.Duration.ZERO);
  }

  /**
   * True when the calls that started in [from, to) are in the store, accepting that calls of the
   * last {@code staleness} before {@code to} may be missing (a range "up to now" is answered by a
   * library synced a little while ago).
   */
  public boolean covers(Instant from, Instant to, String workspace, java.time.Duration staleness) {
    if (coveredFrom == null || syncedThrough == null || from == null || to == null) return false;
    if (workspaceId != null && !workspaceId.equals(workspace)) return false;
    return !from.isBefore(coveredFrom) && !to.isAfter(syncedThrough.plus(staleness));
  }

  SyncCheckpoint withPending(Instant windowStart, Instant from, Instant now) {
    return new SyncCheckpoint(workspaceId, coveredFrom, syncedThrough, windowStart, from, now);
  }

  SyncCheckpoint completed(Instant windowStart, Instant windowEnd, Instant now) {
    Instant covered =
        coveredFrom == null || windowStart.isBefore(coveredFrom) ? windowStart : coveredFrom;
    return new SyncCheckpoint(workspaceId, covered, windowEnd, null, null, now);
  }

  /** Commit user data of this checkpoint. */
  public Map<String, String> toCommitData() {
    Map<String, String> m = new HashMap<>();
    m.put(PREFIX + "version", VERSION);
    put(m, "workspaceId", workspaceId);
    put(m, "coveredFrom", coveredFrom);
    put(m, "syncedThrough", syncedThrough);
    put(m, "pendingWindowStart", pendingWindowStart);
    put(m, "pendingFrom", pendingFrom);
    put(m, "lastRunAt", lastRunAt);
    return m;
  }

  /** Reads a checkpoint back from commit user data; {@link #EMPTY} for a new store. */
  public static SyncCheckpoint fromCommitData(Map<String, String> m) {
    if (!VERSION.equals(m.get(PREFIX + "version"))) return EMPTY;
    return new SyncCheckpoint(
        m.get(PREFIX + "workspaceId"),
        instant(m, "coveredFrom"),
        instant(m, "syncedThrough"),
        instant(m, "pendingWindowStart"),
        instant(m, "pendingFrom"),
        instant(m, "lastRunAt"));
  }

  /**
   * Whether {@code m} is the commit data of a store written in an older format (a store with no
   * commit data yet is not).
   */
  public static boolean isOutdated(Map<String, String> m) {
    String v = m.get(PREFIX + "version");
    return v != null && !VERSION.equals(v);
  }

  private static void put(Map<String, String> m, String key, Object value) {
    if (value != null) m.put(PREFIX + key, value.toString());
  }

  private static Instant instant(Map<String, String> m, String key) {
    String v = m.get(PREFIX + key);
    return v == null ? null : Instant.parse(v);
  }
}
