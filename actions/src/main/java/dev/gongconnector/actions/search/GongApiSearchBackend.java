package dev.gongconnector.actions.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.calls.Selectors;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContentSelector.Field;
import dev.gongconnector.client.calls.ContextLevel;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.search.MemorySearch;
import dev.gongconnector.library.search.SearchHit;
import dev.gongconnector.library.search.SearchResult;
import dev.gongconnector.library.sync.RecentCalls;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches by reading Gong: the newest {@code max_calls} calls of the range with what the library
 * indexes (content, parties, CRM names), their transcripts when keywords are given, indexed in
 * memory and searched with the library's own query, analyzer and ordering, so the answer is the one
 * a synced library would give for those calls. About 2 requests per 100 calls plus 2.
 */
public final class GongApiSearchBackend implements CallSearchBackend {

  public static final String SOURCE = "gong-api";

  private final GongClient client;

  public GongApiSearchBackend(GongClient client) {
    this.client = client;
  }

  @Override
  public SearchPage search(SearchQuery q, ProgressListener progress) {
    if (q.source().equals("library")) {
      throw new InvalidParameterException(
          "source", "parameter 'source' is library but no call library is configured here");
    }
    boolean keywords = !HitViews.query(q.keywords()).isEmpty();
    ContentSelector.Builder selector = ContentSelector.builder();
    // What the library indexes (so both sources match alike), plus what the answer shows.
    ContextLevel level = Selectors.contextLevel(q.context());
    selector.context(keywords || level == ContextLevel.EXTENDED ? ContextLevel.EXTENDED : level);
    selector.include(Field.PARTIES);
    if (keywords) {
      selector.include(
          Field.BRIEF,
          Field.TOPICS,
          Field.TRACKERS,
          Field.KEY_POINTS,
          Field.OUTLINE,
          Field.HIGHLIGHTS);
    }
    if (q.includeContent()) Selectors.allContent(selector);
    if (q.includeMedia()) selector.include(Field.MEDIA);
    ExtensiveRequest.Builder request =
        ExtensiveRequest.builder()
            .fromDateTime(q.from())
            .toDateTime(q.to())
            .workspaceId(q.workspaceId())
            .contentSelector(selector.build());
    if (!q.primaryUserIds().isEmpty()) request.primaryUserIds(q.primaryUserIds());
    progress.progress("reading the newest calls of the range", 0, q.maxCalls());
    Instant readAt = Instant.now();
    RecentCalls.Fetched fetched =
        RecentCalls.fetch(client, request.build(), q.maxCalls(), Order.NEWEST_FIRST, keywords);
    SearchResult result;
    try {
      result = MemorySearch.search(fetched.calls(), q.toSearchRequest());
    } catch (LibraryException e) {
      throw e.getMessage().startsWith("query:")
          ? new InvalidParameterException("keywords", e.getMessage())
          : e;
    }
    Map<String, JsonNode> trees = new HashMap<>();
    for (CallData d : fetched.data()) trees.put(d.id(), Json.tree(d));
    List<ObjectNode> page = new ArrayList<>();
    for (SearchHit h : result.hits()) {
      JsonNode tree = trees.get(h.callId());
      // The answer shows CRM context only when asked for; it was read for matching.
      if (tree != null && "None".equalsIgnoreCase(q.context()) && tree.isObject()) {
        tree = ((ObjectNode) tree.deepCopy()).without("context");
      }
      page.add(HitViews.of(h, tree, q.includeMedia(), q.includeContent(), keywords));
    }
    ObjectNode freshness = Json.object();
    freshness.put("readAt", readAt.toString());
    ObjectNode covered = Json.object();
    if (fetched.read().coveredFrom() != null) {
      covered.put("from", fetched.read().coveredFrom().toInstant().toString());
    }
    covered.put(
        "to",
        fetched.read().coveredTo() == null
            ? q.to().toString()
            : fetched
                .read()
                .coveredTo()
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toInstant()
                .toString());
    int total = (int) Math.min(Integer.MAX_VALUE, result.totalCalls());
    return new SearchPage(
        page,
        total,
        fetched.calls().size(),
        fetched.read().truncated(),
        SOURCE,
        fetched.read().totalRecords(),
        freshness,
        covered);
  }
}
