package dev.gongconnector.library.sync;

import java.time.Instant;

/**
 * Progress of a sync after each committed page.
 *
 * @param pages pages committed in this run
 * @param calls calls written in this run
 * @param totalRecords Gong's count of calls in the window, or -1 when unknown
 * @param requestsUsed requests sent to Gong in this run
 * @param checkpoint the instant a rerun would restart from
 */
public record SyncProgress(
    int pages, long calls, long totalRecords, long requestsUsed, Instant checkpoint) {

  /** Receives {@link SyncProgress} reports. */
  @FunctionalInterface
  public interface Listener {
    Listener NONE = p -> {};

    void onPage(SyncProgress progress);
  }
}
