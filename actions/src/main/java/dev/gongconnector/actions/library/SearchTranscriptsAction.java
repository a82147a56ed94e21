package dev.gongconnector.actions.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.library.search.SearchResult;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code search_transcripts}: full-text search of what was said in calls, answered by the local
 * library when it covers the range, else by reading Gong and searching in memory; {@code source}
 * says which.
 */
public final class SearchTranscriptsAction extends BaseAction {

  public static final String NAME = "search_transcripts";

  private final GongClient client;
  private final LibraryAccess library;

  public SearchTranscriptsAction(GongClient client, LibraryAccess library) {
    super(
        NAME,
        List.of("search-transcripts", "transcript_search", "search_what_was_said"),
        """
        Search what was said in calls: the transcripts, titles, briefs, topics, trackers and key points, \
        ranked by relevance (BM25). The query takes words (all must match unless match=any), "quoted \
        phrases", AND, OR, NOT, -word and prefix*. Filters: from_date/to_date (default: the last 30 days), \
        workspace_id, primary_user_ids, and who said it: affiliation (Internal = your company, External = \
        customers/prospects) and speaker (a name). Each call comes with its best matching sentences: \
        speaker, affiliation, time in the call, and the text with matched terms wrapped in **. Answered \
        from the local call library (built by `gong sync`) when it covers the range, in milliseconds and \
        without using Gong's request budget; otherwise reads up to max_calls calls of the range from Gong \
        (two requests per 100 calls) and says truncated=true when the range held more. source says which \
        (local-library or gong-api).""",
        ParamSet.of(
            Param.string(
                    "query",
                    "What to look for, e.g. \"security review\" pricing, or competitor OR "
                        + "alternative.")
                .requiredParam()
                .withAliases("q", "text", "keywords"),
            CommonParams.fromDate("calls"),
            CommonParams.toDate("calls"),
            CommonParams.workspaceId(),
            CommonParams.primaryUserIds(),
            Param.string(
                    "affiliation",
                    "Only sentences said by Internal (your company) or External speakers.")
                .withEnum("Internal", "External"),
            Param.string(
                    "speaker",
                    "Only sentences said by speakers whose name contains these words, e.g. "
                        + "\"Jane\".")
                .withAliases("speaker_name"),
            Param.string("match", "all (default): every bare word must match; any: one is enough.")
                .withEnum("all", "any")
                .withDefault("all"),
            Param.string("sort", "relevance (default), newest or oldest.")
                .withEnum("relevance", "newest", "oldest")
                .withDefault("relevance"),
            Param.integer("limit", "Calls to return (default 10, at most 100).")
                .withRange(1, 100)
                .withDefault(10)
                .withAliases("max_results", "page_size"),
            Param.integer("sentences_per_call", "Matching sentences shown per call (default 3).")
                .withRange(0, 20)
                .withDefault(3),
            Param.integer(
                    "max_calls",
                    "Without a covering library: at most this many calls of the range are "
                        + "read from Gong (default 300).")
                .withRange(1, 5000)
                .withDefault(300),
            Param.string(
                    "source",
                    "auto (default): the local library when it is synced through the range's "
                        + "end, else Gong (the newest max_calls calls of the range, searched the "
                        + "same way); library or api to force one.")
                .withEnum("auto", "library", "api", "local")
                .withDefault("auto")),
        false);
    this.client = Objects.requireNonNull(client, "client");
    this.library = Objects.requireNonNull(library, "library");
  }

  @Override
  protected void validate(Params p) {
    request(p, Ranges.withDefaults(p));
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    try {
      return answer(p, progress);
    } catch (LibraryException e) {
      // A query Lucene cannot parse is the caller's to fix; other library problems are reported as
      // they are.
      if (e.getMessage().startsWith("query:"))
        throw new InvalidParameterException("query", e.getMessage());
      throw e;
    }
  }

  private JsonNode answer(Params p, ProgressListener progress) {
    Ranges.Range range = Ranges.withDefaults(p);
    SearchRequest request = request(p, range);
    String workspace = p.text("workspace_id").orElse(null);
    String source = p.string("source").equals("library") ? "local" : p.string("source");
    String whyNot = library.whyNotLocal(range.from(), range.to(), workspace);
    if (source.equals("local") && whyNot != null && library.checkpoint().syncedThrough() == null) {
      throw new InvalidParameterException("source", "parameter 'source' is local but " + whyNot);
    }
    ObjectNode data;
    if (source.equals("local") || (source.equals("auto") && whyNot == null)) {
      SearchResult result = library.searcher().search(request);
      data = LibraryJson.search(result, library.store(), library.checkpoint());
      if (whyNot != null) data.put("libraryNote", whyNot);
    } else {
      ApiTranscriptSearch.Answer a =
          ApiTranscriptSearch.search(
              client,
              request,
              range.from(),
              range.to(),
              workspace,
              p.intValue("max_calls"),
              progress);
      data =
          LibraryJson.search(a.result(), null, dev.gongconnector.library.sync.SyncCheckpoint.EMPTY);
      data.put("source", LibraryJson.API);
      data.remove("library");
      data.put("scannedCalls", a.scannedCalls());
      data.put("truncated", a.truncated());
      data.put("requestsUsed", a.requestsUsed());
      if (a.read().totalRecords() >= 0) data.put("callsInRange", a.read().totalRecords());
      if (a.read().truncated() && a.read().coveredFrom() != null) {
        data.putObject("covered")
            .put("from", a.read().coveredFrom().toInstant().toString())
            .put("to", range.to().toString());
      }
      data.putObject("freshness").put("readAt", Instant.now().toString());
      if (whyNot != null) data.put("libraryNote", whyNot);
    }
    data.set("range", range.toJson());
    return data;
  }

  private static SearchRequest request(Params p, Ranges.Range range) {
    try {
      return SearchRequest.builder(p.string("query"))
          .from(range.from())
          .to(range.to())
          .workspaceId(p.text("workspace_id").orElse(null))
          .primaryUserIds(p.strings("primary_user_ids"))
          .affiliation(p.text("affiliation").orElse(null))
          .speaker(p.text("speaker").orElse(null))
          .match(SearchRequest.Match.valueOf(p.string("match").toUpperCase(Locale.ROOT)))
          .sort(SearchRequest.Sort.valueOf(p.string("sort").toUpperCase(Locale.ROOT)))
          .limit(p.intValue("limit"))
          .sentencesPerCall(p.intValue("sentences_per_call"))
          .build();
    } catch (IllegalArgumentException e) {
      String field = e.getMessage() == null ? "query" : e.getMessage().split(":")[0];
      throw new InvalidParameterException(field, String.valueOf(e.getMessage()));
    }
  }
}
