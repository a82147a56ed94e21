package dev.gongconnector.actions.stats;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.stats.AggregationPeriod;
import dev.gongconnector.client.stats.StatsFilter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The four user-stats actions: interaction stats, activity totals, activity per period and day by
 * day. They differ only in the Gong operation and the answer's field, so they share this class.
 */
public final class StatsActions extends TypedAction<StatsActions.Request> {

  /** The parsed parameters. */
  public record Request(StatsFilter filter, AggregationPeriod period, int maxResults) {}

  private enum Kind {
    INTERACTION,
    AGGREGATE,
    BY_PERIOD,
    DAY_BY_DAY
  }

  private final GongClient client;
  private final Kind kind;
  private final Clock clock;

  private StatsActions(
      GongClient client, Kind kind, String name, List<String> aliases, String desc, ParamSet ps) {
    super(name, aliases, List.of("stats"), desc, ps);
    this.client = client;
    lists("users", null); // rows of varying shape
    this.kind = kind;
    this.clock = Clock.systemUTC();
  }

  /** {@code get_interaction_stats}. */
  public static StatsActions interaction(GongClient client) {
    return new StatsActions(
        client,
        Kind.INTERACTION,
        "get_interaction_stats",
        List.of("interaction-stats"),
        """
        Interaction stats per user (POST /v2/stats/interaction): the mean Talk Ratio (%), Longest \
        Monologue and Longest Customer Story (seconds), Interactivity, Patience and Question Rate over \
        the calls each user hosted in a day range. Use it for "who talks too much" or "who asks the most \
        questions". Users without hosted, transcribed calls are left out. Next: list_calls or \
        get_extensive_data with primary_user_ids to see the calls behind a figure.""",
        ParamSet.of(StatsParams.all().toArray(new Param[0])));
  }

  /** {@code get_activity_stats}. */
  public static StatsActions aggregate(GongClient client) {
    return new StatsActions(
        client,
        Kind.AGGREGATE,
        "get_activity_stats",
        List.of("activity-stats", "activity-aggregate"),
        """
        Activity totals per user for a day range (POST /v2/stats/activity/aggregate): calls hosted and \
        attended, own and others' calls listened to, calls shared, comments and feedback given and \
        received, scorecards filled and received. Use it for "how much coaching happened" or team \
        activity overviews. Next: get_activity_by_period for trends, get_activity_day_by_day for the \
        call ids behind a number.""",
        ParamSet.of(StatsParams.all().toArray(new Param[0])));
  }

  /** {@code get_activity_by_period}. */
  public static StatsActions byPeriod(GongClient client) {
    List<Param> ps = new ArrayList<>(StatsParams.all());
    ps.add(
        Param.string("period", "Calendar period to group by; weeks start on Monday.")
            .requiredParam()
            .withEnum("DAY", "WEEK", "MONTH", "QUARTER", "YEAR")
            .withAliases("aggregation_period"));
    return new StatsActions(
        client,
        Kind.BY_PERIOD,
        "get_activity_by_period",
        List.of("activity-by-period"),
        """
        The activity totals of get_activity_stats per user and per calendar period (DAY, WEEK, MONTH, \
        QUARTER, YEAR; POST /v2/stats/activity/aggregate-by-period); the first and last periods are cut \
        at the range's days. Use it for trends ("are managers listening to more calls each month?"). \
        Next: get_activity_day_by_day for the call ids.""",
        ParamSet.of(ps.toArray(new Param[0])));
  }

  /** {@code get_activity_day_by_day}. */
  public static StatsActions dayByDay(GongClient client) {
    return new StatsActions(
        client,
        Kind.DAY_BY_DAY,
        "get_activity_day_by_day",
        List.of("activity-day-by-day"),
        """
        Per user and per day, the ids of the calls behind each activity (hosted, attended, listened \
        to, shared, commented, scored...; POST /v2/stats/activity/day-by-day). Big answers: give \
        user_ids and a short range. Next: get_call or get_extensive_data with those call ids.""",
        ParamSet.of(StatsParams.all().toArray(new Param[0])));
  }

  @Override
  protected StatsActions.Request request(Params p) {
    StatsFilter f = StatsParams.filter(p, clock);
    AggregationPeriod period =
        kind == Kind.BY_PERIOD ? AggregationPeriod.valueOf(p.string("period")) : null;
    return new Request(f, period, p.intValue("max_results"));
  }

  @Override
  protected StatsParams.Answer answer(Request r, ProgressListener progress) {
    StatsFilter f = r.filter();
    Function<String, Page<?>> pages =
        switch (kind) {
          case INTERACTION -> c -> client.stats().interactionPage(f, c);
          case AGGREGATE -> c -> client.stats().activityPage(f, c);
          case BY_PERIOD -> c -> client.stats().activityByPeriodPage(f, r.period(), c);
          case DAY_BY_DAY -> c -> client.stats().activityDayByDayPage(f, c);
        };
    return StatsParams.answer(f, Page.collect(pages, r.maxResults()));
  }
}
