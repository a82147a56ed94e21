package dev.gongconnector.client;

import dev.gongconnector.client.internal.BoundedCollection;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a Gong list answer, with the cursor for the next page (null on the last page).
 *
 * <p>For callers that checkpoint: store {@link #cursor()} after processing {@link #records()}, and
 * pass it to the matching {@code ...Page(request, cursor)} method to continue. Keep the request
 * itself unchanged (Gong requires the same inputs with a cursor).
 *
 * @param records the page's records, in Gong's order
 * @param cursor the cursor of the next page, or null when this is the last page
 * @param totalRecords Gong's {@code records.totalRecords} (total of the whole range), or -1 if
 *     absent
 * @param pageNumber Gong's {@code records.currentPageNumber} (0-based in the docs' examples), or -1
 * @param requestId Gong's requestId of this answer, or null (e.g. for an empty range)
 */
public record Page<T>(
    List<T> records, String cursor, int totalRecords, int pageNumber, String requestId) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param records the page's records, in Gong's order
   * @param cursor the cursor of the next page, or null when this is the last page
   * @param totalRecords Gong's {@code records.totalRecords} (total of the whole range), or -1 if
   *     absent
   * @param pageNumber Gong's {@code records.currentPageNumber} (0-based in the docs' examples), or
   *     -1
   * @param requestId Gong's requestId of this answer, or null (e.g. for an empty range)
   */
  public Page {
    records = records == null ? List.of() : List.copyOf(records);
    if (cursor != null && cursor.isEmpty()) {
      cursor = null;
    }
  }

  /**
   * {@return an empty last page (what a 404 "No calls found" becomes)}
   *
   * @param <T> the type of the records
   * @param requestId Gong's requestId of the answer, or null
   */
  public static <T> Page<T> empty(String requestId) {
    return new Page<>(List.of(), null, 0, 0, requestId);
  }

  /**
   * At most {@code max} records of a cursor-paged listing, in Gong's order, with Gong's {@code
   * totalRecords} and whether more exist: what {@code calls().collect} is for a date range, for
   * every other paged endpoint (stats, users, flows, logs...). Pages are fetched until {@code max}
   * records or the last page, never only to learn that more exist (the cursor says so). The result
   * covers no date range ({@code coveredFrom}, {@code coveredTo} are null).
   *
   * <pre>{@code
   * Collected<UserActivity> top = Page.collect(c -> client.stats().activityPage(filter, c), 200);
   * }</pre>
   *
   * @param <T> the record type
   * @param pages fetches the page after a cursor (null for the first page)
   * @param max how many records to return at most (>= 1)
   * @return the records, Gong's total, whether more exist and the requests made
   */
  public static <T> Collected<T> collect(
      Function<String, ? extends Page<? extends T>> pages, int max) {
    return BoundedCollection.first(pages, max);
  }

  /** {@return whether another page follows (Gong sends a cursor only when more records follow)} */
  public boolean hasNext() {
    return cursor != null;
  }

  @Override
  public String toString() {
    return "Page["
        + records.size()
        + " records, page "
        + pageNumber
        + " of total "
        + totalRecords
        + (hasNext() ? ", more follow" : ", last")
        + "]";
  }
}
