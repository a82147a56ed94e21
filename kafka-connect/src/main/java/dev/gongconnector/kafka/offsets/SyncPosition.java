package dev.gongconnector.kafka.offsets;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Where one (company, workspace, stream) stands: the window being read and the page to read next,
 * or the end of the last completed window. This is the Connect source offset; {@link #toMap()} and
 * {@link #fromMap(Map)} are the only places that know its keys.
 *
 * @param syncedThrough end of the last completed window (null before the first one completed)
 * @param windowStart start of the window in progress (null when none is)
 * @param windowEnd end (exclusive) of the window in progress, fixed when it started
 * @param requestFrom {@code fromDateTime} of the request in progress: the window start, or a
 *     restart point
 * @param cursor Gong's cursor of the next page of that request (null: its first page)
 * @param resumeFrom start time of the first call not yet delivered, to restart without the cursor
 *     when Gong refuses it (cursors expire, about an hour, unconfirmed)
 */
public record SyncPosition(
    Instant syncedThrough,
    Instant windowStart,
    Instant windowEnd,
    Instant requestFrom,
    String cursor,
    Instant resumeFrom) {

  static final String SYNCED_THROUGH = "syncedThrough";
  static final String WINDOW_START = "windowStart";
  static final String WINDOW_END = "windowEnd";
  static final String REQUEST_FROM = "requestFrom";
  static final String CURSOR = "cursor";
  static final String RESUME_FROM = "resumeFrom";

  public static final SyncPosition NEW = new SyncPosition(null, null, null, null, null, null);

  public boolean inWindow() {
    return windowEnd != null;
  }

  /** A new window [start, end) from its first page. */
  public SyncPosition startWindow(Instant start, Instant end) {
    return new SyncPosition(syncedThrough, start, end, start, null, start);
  }

  /** The next page of the same request. */
  public SyncPosition nextPage(String nextCursor, Instant nextResumeFrom) {
    return new SyncPosition(
        syncedThrough,
        windowStart,
        windowEnd,
        requestFrom,
        nextCursor,
        nextResumeFrom != null ? nextResumeFrom : resumeFrom);
  }

  /** A new request from {@link #resumeFrom}, without a cursor. */
  public SyncPosition restartWithoutCursor() {
    return new SyncPosition(syncedThrough, windowStart, windowEnd, resumeFrom, null, resumeFrom);
  }

  /** The window is complete. */
  public SyncPosition completed() {
    return new SyncPosition(windowEnd, null, null, null, null, null);
  }

  /** The earlier of two positions (for streams read together: resume where the laggard stands). */
  public static SyncPosition earlier(SyncPosition a, SyncPosition b) {
    if (a == null) return b;
    if (b == null) return a;
    if (a.inWindow() != b.inWindow()) return a.inWindow() ? a : b;
    if (a.inWindow()) {
      return key(a.resumeFrom).isAfter(key(b.resumeFrom)) ? b : a;
    }
    return key(a.syncedThrough).isAfter(key(b.syncedThrough)) ? b : a;
  }

  private static Instant key(Instant i) {
    return i == null ? Instant.MIN : i;
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new HashMap<>();
    put(m, SYNCED_THROUGH, syncedThrough);
    put(m, WINDOW_START, windowStart);
    put(m, WINDOW_END, windowEnd);
    put(m, REQUEST_FROM, requestFrom);
    put(m, RESUME_FROM, resumeFrom);
    if (cursor != null) m.put(CURSOR, cursor);
    return m;
  }

  private static void put(Map<String, Object> m, String key, Instant value) {
    if (value != null)
      m.put(key, value.toEpochMilli()); // millis: small, and every converter keeps a long
  }

  public static SyncPosition fromMap(Map<String, ?> m) {
    if (m == null || m.isEmpty()) return NEW;
    return new SyncPosition(
        instant(m, SYNCED_THROUGH),
        instant(m, WINDOW_START),
        instant(m, WINDOW_END),
        instant(m, REQUEST_FROM),
        (String) m.get(CURSOR),
        instant(m, RESUME_FROM));
  }

  private static Instant instant(Map<String, ?> m, String key) {
    Object v = m.get(key);
    return v instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : null;
  }
}
