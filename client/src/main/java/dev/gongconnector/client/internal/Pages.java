package dev.gongconnector.client.internal;

import dev.gongconnector.client.Page;
import java.util.List;

/** Builds a {@link Page} from an envelope's records and Gong's {@code records} block. */
public final class Pages {

  private Pages() {}

  /** The page; without a {@code records} block it is a single last page. */
  public static <T> Page<T> of(List<T> records, PageInfo info, String requestId) {
    if (info == null) {
      return new Page<>(records, null, records == null ? 0 : records.size(), 0, requestId);
    }
    return new Page<>(
        records,
        info.cursor(),
        info.totalRecords() == null ? -1 : info.totalRecords(),
        info.currentPageNumber() == null ? -1 : info.currentPageNumber(),
        requestId);
  }
}
