package dev.gongconnector.actions.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.search.CallSearchBackend;
import dev.gongconnector.actions.search.HitViews;
import dev.gongconnector.actions.search.SearchPage;
import dev.gongconnector.actions.search.SearchQuery;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.search.SearchHit;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.library.search.SearchResult;
import dev.gongconnector.library.sync.SyncCheckpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers {@code search_calls} from the local library when {@code source} allows it and the library
 * covers the range (synced through its end), else asks {@code fallback} (Gong's API). Both run the
 * same {@link SearchQuery#toSearchRequest() search request} over the same indexing, so they match
 * the same calls; the answer's {@code source} says which answered and {@code freshness} how current
 * it is. Requests for media URLs or the full content go to Gong, since the library does not keep
 * them.
 */
public final class LocalLibrarySearchBackend implements CallSearchBackend {

  private final LibraryAccess library;
  private final CallSearchBackend fallback;

  public LocalLibrarySearchBackend(LibraryAccess library, CallSearchBackend fallback) {
    this.library = Objects.requireNonNull(library, "library");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public SearchPage search(SearchQuery q, ProgressListener progress) {
    if (q.source().equals("api")) return fallback.search(q, progress);
    boolean needsGong =
        q.includeMedia() || q.includeContent() || !"None".equalsIgnoreCase(q.context());
    String whyNot = library.whyNotLocal(q.from(), q.to(), q.workspaceId());
    if (q.source().equals("library")) {
      SyncCheckpoint cp = library.checkpoint();
      if (cp.syncedThrough() == null) {
        throw new InvalidParameterException(
            "source", "parameter 'source' is library but there is " + whyNot);
      }
      if (needsGong) {
        throw new InvalidParameterException(
            "source",
            "parameter 'source' is library, which keeps no media, full content or CRM context;"
                + " use source auto or api for include_media, include_content or context");
      }
    } else if (needsGong || whyNot != null) {
      return fallback.search(q, progress);
    }
    SearchRequest request = q.toSearchRequest();
    SearchResult result;
    try {
      result = library.searcher().search(request);
    } catch (LibraryException e) {
      throw e.getMessage().startsWith("query:")
          ? new InvalidParameterException("keywords", e.getMessage())
          : e;
    }
    boolean keywords = !HitViews.query(q.keywords()).isEmpty();
    List<ObjectNode> calls = new ArrayList<>();
    for (SearchHit h : result.hits())
      calls.add(HitViews.of(h, parse(h.callJson()), false, false, keywords));
    int total = (int) Math.min(Integer.MAX_VALUE, result.totalCalls());
    // Scanned: every call of the range in the library (the query's filters without its words).
    long inRange =
        library
            .searcher()
            .search(
                SearchRequest.builder("")
                    .from(q.from())
                    .to(q.to())
                    .workspaceId(q.workspaceId())
                    .primaryUserIds(q.primaryUserIds())
                    .limit(1)
                    .sentencesPerCall(0)
                    .build())
            .totalCalls();
    SyncCheckpoint cp = library.checkpoint();
    ObjectNode freshness = Json.object();
    if (cp.syncedThrough() != null) freshness.put("syncedThrough", cp.syncedThrough().toString());
    if (cp.lastRunAt() != null) freshness.put("lastSyncAt", cp.lastRunAt().toString());
    if (whyNot != null) freshness.put("note", whyNot);
    ObjectNode covered = Json.object();
    covered.put("from", q.from().toString());
    covered.put("to", q.to().toString());
    return new SearchPage(
        calls,
        total,
        (int) Math.min(Integer.MAX_VALUE, inRange),
        false,
        TranscriptSearchAnswer.LOCAL,
        inRange,
        freshness,
        covered);
  }

  private static JsonNode parse(String json) {
    if (json == null) return null;
    try {
      return Json.mapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null; // an unreadable stored copy: show the indexed fields instead
    }
  }
}
