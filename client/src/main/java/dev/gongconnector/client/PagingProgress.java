package dev.gongconnector.client;

import java.time.OffsetDateTime;

/**
 * How far a multi-page read got before it failed, so a caller can restart the range from there.
 *
 * <p>Gong cursors expire (reportedly about an hour after the first page; the exact time is
 * unconfirmed), and a daily quota can run out mid-way. Restart with {@code fromDateTime =
 * lastStarted()}: the start time is inclusive, so the call(s) with that start time are read again
 * and must be de-duplicated by id.
 *
 * @param pagesFetched pages fully received before the failure
 * @param recordsSeen records handed to the caller before the failure
 * @param lastStarted the greatest {@code started} time among those records, or null if none had one
 * @param lastCursor the cursor the failing request used, or null for the first page
 */
public record PagingProgress(
    int pagesFetched, long recordsSeen, OffsetDateTime lastStarted, String lastCursor) {

  /**
   * {@return a one-line summary for exception messages (the cursor is left out: it is long and
   * opaque)}
   */
  public String describe() {
    String s = "after " + recordsSeen + " records in " + pagesFetched + " pages";
    if (lastStarted != null) {
      s += "; last call started " + lastStarted + " (restart the range from there)";
    }
    return s;
  }
}
