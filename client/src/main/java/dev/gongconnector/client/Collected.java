package dev.gongconnector.client;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The result of a bounded collection over a date range: at most {@code max} records from the asked
 * end of the range, and what the caller needs to say honestly what it holds.
 *
 * <p>Every record started in {@code [coveredFrom, coveredTo)} is in {@link #items()}, except that
 * records sharing the start second of the cut may be split (ties are broken by id, so the result is
 * deterministic).
 *
 * @param items the records, ordered as asked ({@link Order#NEWEST_FIRST}: start time descending,
 *     then id descending; {@link Order#OLDEST_FIRST}: ascending)
 * @param totalRecords how many records the whole asked range holds (Gong's {@code totalRecords} of
 *     the range's first page), or -1 when Gong did not say
 * @param truncated whether the range holds more records than {@link #items()}
 * @param coveredFrom the start of the part of the range the items cover completely (null: from the
 *     first record, when the records were selected by id without a range start)
 * @param coveredTo the end (exclusive) of that part (null: up to the last record, likewise)
 * @param requests how many HTTP requests the collection made (for benchmarks and budgets)
 */
public record Collected<T>(
    List<T> items,
    int totalRecords,
    boolean truncated,
    OffsetDateTime coveredFrom,
    OffsetDateTime coveredTo,
    int requests) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param items the records, ordered as asked ({@link Order#NEWEST_FIRST}: start time descending,
   *     then id descending; {@link Order#OLDEST_FIRST}: ascending)
   * @param totalRecords how many records the whole asked range holds (Gong's {@code totalRecords}
   *     of the range's first page), or -1 when Gong did not say
   * @param truncated whether the range holds more records than {@link #items()}
   * @param coveredFrom the start of the part of the range the items cover completely (null: from
   *     the first record, when the records were selected by id without a range start)
   * @param coveredTo the end (exclusive) of that part (null: up to the last record, likewise)
   * @param requests how many HTTP requests the collection made (for benchmarks and budgets)
   */
  public Collected {
    items = List.copyOf(items);
  }
}
