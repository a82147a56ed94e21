package dev.gongconnector.actions.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.calls.CallView;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.search.CallSearchBackend;
import dev.gongconnector.actions.search.SearchPage;
import dev.gongconnector.actions.search.SearchQuery;
import dev.gongconnector.library.search.SearchHit;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.library.search.SearchResult;
import dev.gongconnector.library.search.SentenceHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers {@code search_calls} from the local library when it covers the range, else asks {@code
 * fallback} (Gong's API). The answer's {@code source} says which: {@code local-library} or {@code
 * gong-api}.
 *
 * <p>Locally, keywords match as phrases (any of them), stemmed ("demos" finds "demo"), and results
 * are ranked by relevance (BM25) instead of newest first; without keywords the calls are listed
 * newest first. Requests for media URLs or CRM context go to Gong, since the library does not keep
 * them.
 */
public final class LocalLibrarySearchBackend implements CallSearchBackend {

  private static final Pattern MARKED = Pattern.compile("\\*\\*(.+?)\\*\\*");

  private final LibraryAccess library;
  private final CallSearchBackend fallback;

  public LocalLibrarySearchBackend(LibraryAccess library, CallSearchBackend fallback) {
    this.library = Objects.requireNonNull(library, "library");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public SearchPage search(SearchQuery q, ProgressListener progress) {
    boolean needsGong =
        q.includeMedia() || q.includeContent() || !"None".equalsIgnoreCase(q.context());
    if (needsGong || library.whyNotLocal(q.from(), q.to(), q.workspaceId()) != null) {
      return fallback.search(q, progress);
    }
    SearchRequest request =
        SearchRequest.builder(query(q.keywords()))
            .from(q.from())
            .to(q.to())
            .workspaceId(q.workspaceId())
            .primaryUserIds(q.primaryUserIds())
            .match(SearchRequest.Match.ANY)
            .offset((int) Math.min(10_000, (long) (q.page() - 1) * q.pageSize()))
            .limit(q.pageSize())
            .sentencesPerCall(Math.min(20, q.maxMatchesPerCall()))
            .build();
    SearchResult result = library.searcher().search(request);
    List<ObjectNode> calls = new ArrayList<>();
    for (SearchHit h : result.hits()) calls.add(view(h, !q.keywords().isEmpty()));
    int total = (int) Math.min(Integer.MAX_VALUE, result.totalCalls());
    return new SearchPage(calls, total, total, result.totalIsLowerBound(), LibraryJson.LOCAL);
  }

  /** Keywords as a query: each one a phrase, any of them. */
  static String query(List<String> keywords) {
    List<String> parts = new ArrayList<>();
    for (String k : keywords) {
      String clean = k.replace("\"", " ").replace("\\", " ").strip();
      if (!clean.isEmpty()) parts.add('"' + clean + '"');
    }
    return String.join(" OR ", parts);
  }

  /** A hit shaped like {@code get_call} (from the synced Gong JSON) plus {@code matches}. */
  static ObjectNode view(SearchHit h, boolean withMatches) {
    ObjectNode view;
    JsonNode synced = parse(h.callJson());
    if (synced != null) {
      view = CallView.of(synced, Map.of(), false, false);
    } else {
      view = Json.object();
      view.put("callId", h.callId());
      Json.putIfPresent(view, "title", h.title());
      Json.putIfPresent(view, "url", h.url());
      view.put("actualStart", h.started().toString());
    }
    if (!withMatches) return view;
    ArrayNode matches = Json.array();
    if (h.titleHighlighted() != null) matches.add(match("title", h.titleHighlighted(), null));
    if (h.briefSnippet() != null) matches.add(match("brief", h.briefSnippet(), null));
    for (SentenceHit s : h.sentences()) matches.add(match("transcript", s.highlighted(), s));
    view.set("matches", matches);
    view.put(
        "matchCount",
        h.matchingSentences()
            + (h.titleHighlighted() != null ? 1 : 0)
            + (h.briefSnippet() != null ? 1 : 0));
    view.put("score", Math.round(h.score() * 1000) / 1000.0);
    return view;
  }

  private static ObjectNode match(String field, String marked, SentenceHit s) {
    ObjectNode m = Json.object();
    m.put("field", field);
    Matcher first = MARKED.matcher(marked);
    if (first.find()) m.put("keyword", first.group(1));
    m.put("text", marked);
    if (s != null) {
      m.put("speaker", s.speakerName());
      m.put("affiliation", s.affiliation());
      m.put("startMs", s.startMs());
      m.put("startTime", LibraryJson.clock(s.startMs()));
    }
    return m;
  }

  private static JsonNode parse(String json) {
    if (json == null) return null;
    try {
      return Json.MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null; // an unreadable stored copy: show the indexed fields instead
    }
  }
}
