package dev.gongconnector.actions.library;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.library.search.MemorySearch;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.library.search.SearchResult;
import dev.gongconnector.library.sync.GongCallSource;
import dev.gongconnector.library.sync.RecentCalls;
import java.time.Instant;

/**
 * Transcript search without a local library: reads the newest {@code maxCalls} calls of the range
 * from Gong (extensive data and transcripts, about two requests per 100 calls), indexes them in
 * memory and searches them with the library's own indexing, ranking and highlighting, so both paths
 * answer alike.
 */
final class ApiTranscriptSearch {

  /** The answer plus what was read. */
  record Answer(
      SearchResult result,
      int scannedCalls,
      boolean truncated,
      long requestsUsed,
      Collected<CallData> read) {}

  private ApiTranscriptSearch() {}

  static Answer search(
      GongClient client,
      SearchRequest request,
      Instant from,
      Instant to,
      String workspaceId,
      int maxCalls,
      ProgressListener progress) {
    progress.progress("reading the newest calls and transcripts from Gong", 0, maxCalls);
    RecentCalls.Fetched fetched =
        RecentCalls.fetch(
            client,
            ExtensiveRequest.builder()
                .fromDateTime(from)
                .toDateTime(to)
                .workspaceId(workspaceId)
                .contentSelector(GongCallSource.SELECTOR)
                .build(),
            maxCalls,
            Order.NEWEST_FIRST,
            true);
    return new Answer(
        MemorySearch.search(fetched.calls(), request),
        fetched.calls().size(),
        fetched.read().truncated(),
        fetched.requests(),
        fetched.read());
  }
}
