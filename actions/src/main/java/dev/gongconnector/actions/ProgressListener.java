package dev.gongconnector.actions;

/**
 * Receives progress of long work (paging a big range, uploading media, searching many transcripts).
 */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (stage, done, total) -> {};

  /**
   * Reports that {@code done} of {@code total} units of {@code stage} are finished.
   *
   * @param total the expected number of units, or -1 when unknown
   */
  void progress(String stage, long done, long total);
}
