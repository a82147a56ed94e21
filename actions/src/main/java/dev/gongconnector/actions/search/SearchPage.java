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
 * @param freshness how current the source is ({@code syncedThrough} of a library, {@code readAt} of
 *     the API), or null
 * @param covered the part of the range searched completely ({@code from}, {@code to}), or null
 */
public record SearchPage(
    List<ObjectNode> calls,
    int totalRecords,
    int scannedCalls,
    boolean truncated,
    String source,
    long callsInRange,
    ObjectNode freshness,
    ObjectNode covered) {

  public SearchPage {
    calls = List.copyOf(calls);
  }
}
