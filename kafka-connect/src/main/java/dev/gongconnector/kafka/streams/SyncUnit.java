package dev.gongconnector.kafka.streams;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * One thing a task syncs (a workspace's calls and transcripts, or the users), one page per step.
 */
public interface SyncUnit {

  /** When the next step is due ({@code now} or earlier: at once). */
  Instant dueAt();

  /**
   * Reads one page and returns its records, each carrying the offset to resume from after it
   * (records before a page's last carry the position before the page: a duplicate only for the page
   * in flight).
   */
  List<SourceRecord> step(Instant now);

  /** What this unit is, for log lines. */
  String describe();
}
