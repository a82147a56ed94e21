package dev.gongconnector.kafka.prefetch;

import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * A page read ahead of {@code poll()}: its first request is answered, a follow-up request (the
 * transcripts of its calls) may still be in flight.
 */
public interface FetchedPage {

  /**
   * The page's records, each with the offset to resume from after it, once every request of the
   * page is answered; null while one is still in flight after {@code maxWaitMs}.
   */
  List<SourceRecord> records(long maxWaitMs) throws InterruptedException;

  /** A page whose records are complete. */
  static FetchedPage ready(List<SourceRecord> records) {
    return maxWaitMs -> records;
  }
}
