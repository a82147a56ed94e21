package dev.gongconnector.actions.library;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.search.SearchRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code search_transcripts}: full-text search of what was said in calls, answered by the local
 * library when it covers the range, else by reading Gong and searching in memory; {@code source}
 * says which. {@code gong search} is its front end with {@code source: library}.
 */
public final class SearchTranscriptsAction extends TypedAction<SearchTranscriptsAction.Request> {

  public static final String NAME = "search_transcripts";

  /**
   * At most this many calls per answer, from the library or Gong alike: each carries up to 20
   * sentences, so 100 calls is already more than a person or a model reads at once; narrow the
   * filters (or page by date) for more. It is also Gong's own page size.
   */
  public static final int MAX_LIMIT = 100;

  /**
   * The parsed parameters.
   *
   * @param source {@code auto}, {@code library} or {@code api}
   * @param range the range asked (with {@code source: library} and no dates: none, the whole
   *     library)
   */
  public record Request(
      SearchRequest search, Ranges.Range range, String source, String workspaceId, int maxCalls) {}

  private final GongClient client;
  private final LibraryAccess library;

  /**
   * @param client null when there is no Gong to read: the action then describes itself, checks
   *     parameters and answers from the library only
   */
  public SearchTranscriptsAction(GongClient client, LibraryAccess library) {
    super(
        NAME,
        List.of("search-transcripts", "transcript_search", "search_what_was_said"),
        """
        Search what was said in calls: the transcripts, titles, briefs, topics, trackers and key points, \
        ranked by relevance (BM25). The query takes words (all must match unless match=any), "quoted \
        phrases", AND, OR, NOT, -word and prefix*; an empty query lists the calls that pass the filters, \
        newest first. Filters: from_date/to_date (default: the last 30 days; with source=library the whole \
        library), workspace_id, primary_user_ids, and who said it: affiliation (Internal = your company, \
        External = customers/prospects) and speaker (a name). Each call comes with its best matching \
        sentences: speaker, affiliation, time in the call, and the text with matched terms wrapped in **. \
        Answered from the local call library (built by `gong sync`) when it covers the range, in \
        milliseconds and without using Gong's request budget; otherwise reads up to max_calls calls of \
        the range from Gong (two requests per 100 calls) and says truncated=true when the range held \
        more. source says which (local-library or gong-api). \
        Next: get_call or retrieve_transcripts_of_calls with a hit's call id.""",
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
            CommonParams.primaryUserIds().withAliases("primary_user"),
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
            Param.string(
                    "sort",
                    "relevance, newest or oldest (default: relevance; newest for an "
                        + "empty query).")
                .withEnum("relevance", "newest", "oldest"),
            Param.integer("limit", "Calls to return (default 10, at most " + MAX_LIMIT + ").")
                .withRange(1, MAX_LIMIT)
                .withDefault(10)
                .withAliases("max_results", "page_size"),
            Param.integer("sentences_per_call", "Matching sentences shown per call (default 3).")
                .withRange(0, 20)
                .withDefault(3)
                .withAliases("sentences"),
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
    this.client = client;
    this.library = Objects.requireNonNull(library, "library");
    lists("calls", CallHit.class);
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "calls");
  }

  @Override
  protected Request request(Params p) {
    String source = p.string("source").equals("local") ? "library" : p.string("source");
    boolean dated = p.has("from_date") || p.has("to_date");
    Ranges.Range range =
        source.equals("library") && !dated ? Ranges.asGiven(p) : Ranges.withDefaults(p);
    String workspace = p.text("workspace_id").orElse(null);
    try {
      SearchRequest search =
          SearchRequest.builder(p.string("query"))
              .from(range.from())
              .to(range.to())
              .workspaceId(workspace)
              .primaryUserIds(p.strings("primary_user_ids"))
              .affiliation(p.text("affiliation").orElse(null))
              .speaker(p.text("speaker").orElse(null))
              .match(SearchRequest.Match.valueOf(p.string("match").toUpperCase(Locale.ROOT)))
              .sort(
                  p.text("sort")
                      .map(s -> SearchRequest.Sort.valueOf(s.toUpperCase(Locale.ROOT)))
                      .orElse(null))
              .limit(p.intValue("limit"))
              .sentencesPerCall(p.intValue("sentences_per_call"))
              .build();
      return new Request(search, range, source, workspace, p.intValue("max_calls"));
    } catch (IllegalArgumentException e) {
      // The builder names the field first ("speaker: ..."); the bounds above keep it rare.
      String field = e.getMessage() == null ? "query" : e.getMessage().split(":")[0];
      throw new InvalidParameterException(field, String.valueOf(e.getMessage()));
    }
  }

  @Override
  protected TranscriptSearchAnswer answer(Request r, ProgressListener progress) {
    try {
      String whyNot =
          r.range().from() == null && r.range().to() == null
              ? null
              : library.whyNotLocal(r.range().from(), r.range().to(), r.workspaceId());
      if (r.source().equals("library") || (r.source().equals("auto") && whyNot == null)) {
        // No synced library: the searcher says so ("run `gong sync` first"), an io_error.
        return TranscriptSearchAnswer.local(
            library.searcher().search(r.search()), library, whyNot, r.range());
      }
      if (client == null) {
        throw new InvalidParameterException(
            "source", "no Gong connection here: only source=library can be searched");
      }
      ApiTranscriptSearch.Answer a =
          ApiTranscriptSearch.search(
              client,
              r.search(),
              r.range().from(),
              r.range().to(),
              r.workspaceId(),
              r.maxCalls(),
              progress);
      return TranscriptSearchAnswer.api(a, whyNot, r.range());
    } catch (LibraryException e) {
      // A query Lucene cannot parse is the caller's to fix; other library problems are reported as
      // they are.
      if (e.getMessage().startsWith("query:")) {
        throw new InvalidParameterException("query", e.getMessage());
      }
      throw e;
    }
  }
}
