package dev.gongconnector.actions.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.Counts;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.stats.AnsweredScorecard;
import dev.gongconnector.client.stats.ScorecardFilter;
import java.time.LocalDate;
import java.util.List;

/** {@code list_answered_scorecards}: reviews managers filled in on calls. */
public final class ListAnsweredScorecardsAction
    extends TypedAction<ListAnsweredScorecardsAction.Request> {

  /** The parsed parameters. */
  public record Request(ScorecardFilter filter, int maxResults) {}

  /** The answer. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<AnsweredScorecard> answeredScorecards,
      @JsonUnwrapped Counts counts) {}

  private final GongClient client;

  public ListAnsweredScorecardsAction(GongClient client) {
    super(
        "list_answered_scorecards",
        List.of("answered-scorecards", "scorecard-answers"),
        List.of("stats"),
        """
        Scorecards reviewers answered on calls (POST /v2/stats/activity/scorecards): scorecard, call id \
        and start, reviewed user (the host), reviewer, review time and each answer (score 1-5 or the \
        chosen option). Filter by call days and/or review days (YYYY-MM-DD, inclusive), reviewed \
        users and scorecards; with no filter, every answered scorecard. Use it for "how did the team \
        score on the discovery scorecard". Next: list_scorecards for the question texts, get_call for \
        the call.""",
        ParamSet.of(
            Param.string("call_from_date", "Calls started on or after this day.")
                .withFormat("date"),
            Param.string("call_to_date", "Calls started on or before this day.").withFormat("date"),
            Param.string("review_from_date", "Reviews done on or after this day.")
                .withFormat("date"),
            Param.string("review_to_date", "Reviews done on or before this day.")
                .withFormat("date"),
            Param.strings("reviewed_user_ids", "Only reviews of calls these users hosted.")
                .gongId()
                .withAliases("user_ids"),
            Param.strings("scorecard_ids", "Only these scorecards (ids from list_scorecards).")
                .gongId(),
            Param.integer("max_results", "Most answered scorecards to return (default 100).")
                .withDefault(100)
                .withRange(1, 10_000)
                .withAliases("limit")));
    this.client = client;
    lists("answeredScorecards", AnsweredScorecard.class);
  }

  private static ScorecardFilter filter(Params p) {
    try {
      return ScorecardFilter.builder()
          .callDates(day(p, "call_from_date", 0), day(p, "call_to_date", 1))
          .reviewDates(day(p, "review_from_date", 0), day(p, "review_to_date", 1))
          .reviewedUserIds(p.has("reviewed_user_ids") ? p.strings("reviewed_user_ids") : null)
          .scorecardIds(p.has("scorecard_ids") ? p.strings("scorecard_ids") : null)
          .build();
    } catch (dev.gongconnector.client.InvalidRequestException e) {
      String field = e.field() == null ? "call_to_date" : e.field();
      String name =
          field.contains("review")
              ? "review_to_date"
              : field.contains("call")
                  ? "call_to_date"
                  : field.contains("scorecard") ? "scorecard_ids" : "reviewed_user_ids";
      throw new InvalidParameterException(name, e.getMessage());
    }
  }

  /** A day, inclusive for ends: Gong's "to" days are exclusive, so the next day is sent. */
  private static LocalDate day(Params p, String name, int plus) {
    return p.has(name) ? StatsParams.day(p, name).plusDays(plus) : null;
  }

  @Override
  protected Request request(Params p) {
    return new Request(filter(p), p.intValue("max_results"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    Collected<AnsweredScorecard> read =
        Page.collect(c -> client.stats().answeredScorecardsPage(r.filter(), c), r.maxResults());
    return new Answer(read.items(), Counts.of(read));
  }
}
