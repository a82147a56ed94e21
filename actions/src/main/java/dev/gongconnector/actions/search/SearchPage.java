package dev.gongconnector.actions.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One page of search results.
 *
 * @param calls the calls of the requested page, shaped like {@code get_call}'s data plus {@code
 *     matches}
 * @param totalRecords how many calls matched among those scanned
 * @param scannedCalls how many calls of the range were examined
 * @param truncated true when the range held more calls than were scanned ({@code max_calls})
 * @param source where the answer came from, e.g. {@code gong-api} or {@code local-library}
 * @param callsInRange how many calls the range holds (Gong's count), or -1 when unknown
 */
public record SearchPage(
    List<ObjectNode> calls,
    int totalRecords,
    int scannedCalls,
    boolean truncated,
    String source,
    long callsInRange) {

  public SearchPage {
    calls = List.copyOf(calls);
  }

  /** A page whose backend does not know how many calls the range holds. */
  public SearchPage(
      List<ObjectNode> calls,
      int totalRecords,
      int scannedCalls,
      boolean truncated,
      String source) {
    this(calls, totalRecords, scannedCalls, truncated, source, -1);
  }
}
