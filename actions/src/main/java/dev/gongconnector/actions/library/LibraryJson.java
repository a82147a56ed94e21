package dev.gongconnector.actions.library;

import static dev.gongconnector.actions.internal.Json.putIfPresent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.library.search.SearchHit;
import dev.gongconnector.library.search.SearchResult;
import dev.gongconnector.library.search.SentenceHit;
import dev.gongconnector.library.sync.SyncCheckpoint;
import dev.gongconnector.library.sync.SyncResult;
import java.nio.file.Path;

/**
 * The JSON shapes of library results, shared by the {@code search_transcripts} action, the local
 * {@code search_calls} backend and the {@code gong sync} / {@code gong search} commands.
 */
public final class LibraryJson {

  /** Where an answer came from, as {@code "source"}. */
  public static final String LOCAL = "local-library";

  public static final String API = "gong-api";

  private LibraryJson() {}

  /** A search answer: {@code source}, counts, the library's coverage and the hits. */
  public static ObjectNode search(SearchResult result, Path store, SyncCheckpoint checkpoint) {
    ObjectNode data = Json.object();
    data.put("source", LOCAL);
    data.put("totalCalls", result.totalCalls());
    if (result.totalIsLowerBound()) data.put("totalIsLowerBound", true);
    data.put("returned", result.hits().size());
    data.put("tookMillis", result.tookMillis());
    data.put("highlight", "matched terms are wrapped in ** (Markdown bold)");
    ObjectNode library = data.putObject("library");
    putIfPresent(library, "store", store == null ? null : store.toString());
    putIfPresent(library, "coveredFrom", str(checkpoint.coveredFrom()));
    putIfPresent(library, "syncedThrough", str(checkpoint.syncedThrough()));
    putIfPresent(library, "lastSyncAt", str(checkpoint.lastRunAt()));
    ArrayNode hits = data.putArray("calls");
    for (SearchHit h : result.hits()) hits.add(hit(h));
    return data;
  }

  /** One call of a search answer. */
  public static ObjectNode hit(SearchHit h) {
    ObjectNode call = Json.object();
    call.put("id", h.callId());
    putIfPresent(call, "title", h.title());
    call.put("started", h.started().toString());
    putIfPresent(call, "url", h.url());
    if (h.durationSeconds() > 0) call.put("duration", h.durationSeconds());
    putIfPresent(call, "workspaceId", h.workspaceId());
    putIfPresent(call, "primaryUserId", h.primaryUserId());
    call.put("score", Math.round(h.score() * 1000) / 1000.0);
    putIfPresent(call, "titleMatch", h.titleHighlighted());
    putIfPresent(call, "briefMatch", h.briefSnippet());
    call.put("matchingSentences", h.matchingSentences());
    ArrayNode sentences = call.putArray("sentences");
    for (SentenceHit s : h.sentences()) {
      ObjectNode o = sentences.addObject();
      o.put("speaker", s.speakerName());
      o.put("affiliation", s.affiliation());
      o.put("time", clock(s.startMs()));
      o.put("startMs", s.startMs());
      o.put("text", s.highlighted());
    }
    return call;
  }

  /** A sync answer. */
  public static ObjectNode sync(SyncResult r, Path store, int callsInStore) {
    ObjectNode data = Json.object();
    data.put("completed", r.completed());
    putIfPresent(data, "stopReason", r.stopReason());
    data.put("store", store.toString());
    data.put("windowStart", r.windowStart().toString());
    data.put("windowEnd", r.windowEnd().toString());
    data.put("callsWritten", r.calls());
    data.put("callsInStore", callsInStore);
    data.put("requestsUsed", r.requestsUsed());
    data.put("minimumRequests", r.minimumRequests());
    SyncCheckpoint cp = r.checkpoint();
    putIfPresent(data, "workspaceId", cp.workspaceId());
    putIfPresent(data, "coveredFrom", str(cp.coveredFrom()));
    putIfPresent(data, "syncedThrough", str(cp.syncedThrough()));
    putIfPresent(data, "resumeFrom", str(cp.pendingFrom()));
    return data;
  }

  /** {@code m:ss} or {@code h:mm:ss} from the start of the call. */
  public static String clock(long ms) {
    long s = ms / 1000;
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
