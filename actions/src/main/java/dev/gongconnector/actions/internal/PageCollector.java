package dev.gongconnector.actions.internal;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.client.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads cursor pages until {@code max} records: never fetches a page only to learn that more exist
 * (the current page's cursor says so), and keeps Gong's {@code totalRecords} for the answer.
 */
public final class PageCollector {

  /**
   * What was read.
   *
   * @param records at most {@code max} records, in Gong's order
   * @param totalRecords Gong's count of all matching records (from the first page), or -1 if
   *     unknown
   * @param truncated true when more records exist than were read
   * @param pages how many pages were fetched
   */
  public record Collected<T>(List<T> records, long totalRecords, boolean truncated, int pages) {}

  private PageCollector() {}

  /**
   * Fetches pages ({@code fetch.apply(cursor)}, null for the first) until {@code max} records or
   * the last page.
   */
  public static <T> Collected<T> collect(
      Function<String, Page<T>> fetch, int max, ProgressListener progress, String stage) {
    List<T> records = new ArrayList<>();
    long total = -1;
    int pages = 0;
    String cursor = null;
    while (true) {
      Page<T> page = fetch.apply(cursor);
      pages++;
      if (total < 0) total = page.totalRecords();
      List<T> got = page.records();
      int room = max - records.size();
      records.addAll(got.size() <= room ? got : got.subList(0, room));
      boolean more = got.size() > room || page.hasNext();
      progress.progress(stage, records.size(), total > 0 ? Math.min(max, total) : -1);
      if (records.size() >= max || !page.hasNext()) {
        return new Collected<>(records, total, more && records.size() >= max, pages);
      }
      cursor = page.cursor();
    }
  }
}
