package dev.gongconnector.library.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalCalls how many calls matched ({@link #totalIsLowerBound} when counting stopped early)
 * @param tookMillis time spent searching and highlighting
 */
public record SearchResult(
    long totalCalls, boolean totalIsLowerBound, List<SearchHit> hits, long tookMillis) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
