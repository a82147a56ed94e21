package dev.gongconnector.actions.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import java.util.List;
import java.util.Objects;

/**
 * {@code search_calls}: calls of a range matching any keyword in title, brief, topics, trackers,
 * key points, highlights or transcript, paginated as in the product description. The work is done
 * by a {@link CallSearchBackend} (Gong's API by default, a local index when one is plugged in); the
 * request is the {@link SearchQuery}.
 */
public final class SearchCallsAction extends TypedAction<SearchQuery> {

  /** Where the page is among all results. */
  public record Pagination(int totalRecords, int pageSize, int currentPage, int totalPages) {}

  /** The answer; {@code callsInRange} null when the source does not know it. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<ObjectNode> calls,
      Pagination pagination,
      int scannedCalls,
      Long callsInRange,
      boolean truncated,
      Ranges.Range range,
      List<String> keywords,
      String source,
      ObjectNode freshness,
      ObjectNode covered,
      String sort,
      String note) {}

  private final CallSearchBackend backend;

  public SearchCallsAction(CallSearchBackend backend) {
    super(
        "search_calls",
        List.of("search-calls", "search", "find_calls"),
        List.of("default", "calls"),
        """
        Find calls about something: calls in a date range (default: the last 30 days), optionally hosted by \
        given users (primary_user_ids) or in one workspace, whose title, brief, topics, trackers, key \
        points, outline, fired trackers, CRM account/opportunity names, participant names or transcript \
        contain any of the keywords (case-insensitive and stemmed, so "demo" also finds "demos"; a \
        keyword of several words matches that phrase). Each \
        result is shaped like get_call (callId, title, actualStart, duration, primaryUser, parties with \
        affiliation, direction, disposition; media with include_media; content with include_content) plus \
        matches: where each keyword was found (field; for transcripts the sentence, speaker, affiliation and \
        time), matchCount and matchedFields (e.g. only account when the call was found by its CRM name). Without keywords it lists the calls of the range. Newest first, paginated \
        with page (from 1) and page_size; pagination gives totalRecords, pageSize, currentPage, totalPages. \
        Gong has no search endpoint: without a synced library this reads the newest max_calls calls of the \
        range (and their transcripts when keywords are given, one request per 100 calls) and says \
        truncated=true and covered (the part of the range searched) when the range held more. \
        Next: get_call or retrieve_transcripts_of_calls with a matching call id.""",
        ParamSet.of(
            CommonParams.fromDate("calls"),
            CommonParams.toDate("calls"),
            CommonParams.primaryUserIds(),
            Param.strings(
                    "keywords",
                    "Words or phrases to look for; a call matches when any of them is found.")
                .withAliases("keyword", "query", "q"),
            CommonParams.workspaceId(),
            CommonParams.context(),
            Param.bool(
                    "include_content",
                    "Include each call's content analysis (topics, trackers, brief, "
                        + "outline, highlights, key points, call outcome) and interaction stats.")
                .withDefault(false),
            CommonParams.includeMedia(),
            Param.integer("page", "Page of results, from 1.")
                .withRange(1, 100_000)
                .withDefault(1)
                .withAliases("current_page", "page_number"),
            Param.integer("page_size", "Results per page (default 10, at most 100).")
                .withRange(1, 100)
                .withDefault(10)
                .withAliases("per_page"),
            Param.integer(
                    "max_calls",
                    "At most this many calls of the range are read and matched " + "(default 500).")
                .withRange(1, 10_000)
                .withDefault(500)
                .withAliases("max_scan"),
            Param.integer(
                    "max_matches_per_call",
                    "At most this many matches are listed per call (default 5).")
                .withRange(1, 100)
                .withDefault(5),
            Param.string(
                    "sort",
                    "newest (default): newest calls first; oldest; or relevance (BM25 over "
                        + "title, brief, key points, topics, trackers, outline, CRM names, "
                        + "transcript).")
                .withEnum("newest", "oldest", "relevance")
                .withDefault("newest"),
            Param.string(
                    "source",
                    "auto (default): the local library when it is synced through the range's "
                        + "end, else Gong's API; library or api to force one. Both match alike "
                        + "(same analyzer, stemming, phrases, operators); the answer says which "
                        + "answered and how fresh it is.")
                .withEnum("auto", "library", "api", "local")
                .withDefault("auto"),
            Param.string(
                    "search_criteria",
                    "Free-form criteria: a JSON object with any of this tool's "
                        + "parameters (e.g. {\"keywords\": [\"pricing\"], \"from_date\": \"2025-01-01\"}) or plain text "
                        + "used as keywords (comma-separated). Explicit parameters win.")
                .withAliases("criteria")));
    this.backend = Objects.requireNonNull(backend, "backend");
    lists("calls", null); // hits are the call summary plus what matched
  }

  @Override
  protected SearchQuery request(Params given) {
    Params p = effective(given);
    Ranges.Range range = Ranges.withDefaults(p);
    return new SearchQuery(
        range.from(),
        range.to(),
        p.text("workspace_id").orElse(null),
        p.strings("primary_user_ids"),
        p.strings("keywords"),
        p.string("context"),
        p.flag("include_content"),
        p.flag("include_media"),
        p.intValue("page"),
        p.intValue("page_size"),
        p.intValue("max_calls"),
        p.intValue("max_matches_per_call"),
        p.string("sort"),
        p.string("source"));
  }

  /** The parameters with {@code search_criteria} merged in (explicit parameters win). */
  private Params effective(Params p) {
    String criteria = p.text("search_criteria").orElse(null);
    if (criteria == null) return p;
    ObjectNode merged = Json.object();
    if (criteria.startsWith("{")) {
      JsonNode parsed;
      try {
        parsed = Json.mapper().readTree(criteria);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new InvalidParameterException(
            "search_criteria",
            "parameter 'search_criteria' looks like JSON but is "
                + "not valid: "
                + e.getOriginalMessage());
      }
      if (!parsed.isObject()) {
        throw new InvalidParameterException(
            "search_criteria",
            "parameter 'search_criteria' must be a JSON object "
                + "of parameters or plain-text keywords");
      }
      if (parsed.has("search_criteria") || parsed.has("searchCriteria")) {
        throw new InvalidParameterException(
            "search_criteria", "parameter 'search_criteria' cannot nest itself");
      }
      merged.setAll((ObjectNode) parsed);
    } else {
      merged.put("keywords", criteria);
    }
    p.asMap()
        .forEach(
            (name, value) -> {
              if (!name.equals("search_criteria")
                  && !Objects.equals(value, paramSet().get(name).defaultValue())) {
                merged.set(name, value);
              }
            });
    try {
      return paramSet().read(merged);
    } catch (InvalidParameterException e) {
      throw new InvalidParameterException(e.parameter(), e.getMessage() + " (in search_criteria)");
    }
  }

  @Override
  protected Answer answer(SearchQuery query, ProgressListener progress) {
    SearchPage page = backend.search(query, progress);
    int total = page.totalRecords();
    String note = null;
    if (page.truncated()) {
      note =
          "Only the newest "
              + page.scannedCalls()
              + " calls of the range"
              + (page.callsInRange() >= 0 ? " (of " + page.callsInRange() + ")" : "")
              + " were searched (max_calls); "
              + "narrow the range or raise max_calls to search the rest.";
    }
    return new Answer(
        page.calls(),
        new Pagination(
            total,
            query.pageSize(),
            query.page(),
            (total + query.pageSize() - 1) / query.pageSize()),
        page.scannedCalls(),
        page.callsInRange() >= 0 ? page.callsInRange() : null,
        page.truncated(),
        new Ranges.Range(query.from(), query.to()),
        query.keywords(),
        page.source(),
        page.freshness(),
        page.covered(),
        query.sort(),
        note);
  }
}
