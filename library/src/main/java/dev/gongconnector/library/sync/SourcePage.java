package dev.gongconnector.library.sync;

import dev.gongconnector.library.LibraryCall;
import java.util.List;

/**
 * A page of calls read for a sync.
 *
 * @param cursor the cursor of the next page, or null when this was the last
 * @param totalRecords Gong's {@code records.totalRecords} for the whole request, or -1 when unknown
 */
public record SourcePage(List<LibraryCall> calls, String cursor, long totalRecords) {

  public SourcePage {
    calls = List.copyOf(calls);
  }
}
