package dev.gongconnector.client.stats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.client.NotFoundException;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.internal.ActivityAggregateEnvelope;
import dev.gongconnector.client.internal.ActivityByPeriodEnvelope;
import dev.gongconnector.client.internal.ActivityDayByDayEnvelope;
import dev.gongconnector.client.internal.AnsweredScorecardsEnvelope;
import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.InteractionStatsEnvelope;
import dev.gongconnector.client.internal.Json;
import dev.gongconnector.client.internal.Pages;
import dev.gongconnector.client.internal.Paging;
import dev.gongconnector.client.internal.Transport;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Gong's stats: interaction stats, user activity (aggregate, by period, day by day) and answered
 * scorecards. Each is a lazy stream over pages (cursor in the body, one page in memory) plus a
 * {@code ...Page} method for callers that checkpoint. The stats POSTs only read, so they are
 * retried like GETs. From {@code GongClient.stats()}.
 */
public final class StatsService {

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public StatsService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /**
   * {@return interaction stats per user over the calls they hosted ({@code POST
   * /v2/stats/interaction}); an empty stream when Gong has none for the period (its 404)}
   *
   * @param filter which records to read
   */
  public Stream<UserInteractionStats> interaction(StatsFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return Paging.stream(c -> interactionPage(filter, c), null);
  }

  /**
   * One page of interaction statistics per user.
   *
   * @param filter which users and days
   * @param cursor Gong's cursor from the previous page, or null for the first page
   * @return the page
   */
  public Page<UserInteractionStats> interactionPage(StatsFilter filter, String cursor) {
    return emptyOn404(
        cursor,
        () -> {
          InteractionStatsEnvelope e =
              post("/v2/stats/interaction", body(filter, cursor), InteractionStatsEnvelope.class);
          return Pages.of(e.peopleInteractionStats(), e.records(), e.requestId());
        });
  }

  /**
   * {@return activity counts per user ({@code POST /v2/stats/activity/aggregate})}
   *
   * @param filter which records to read
   */
  public Stream<UserActivity> activity(StatsFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return Paging.stream(c -> activityPage(filter, c), null);
  }

  /**
   * One page of aggregated activity per user.
   *
   * @param filter which users and days
   * @param cursor Gong's cursor from the previous page, or null for the first page
   * @return the page
   */
  public Page<UserActivity> activityPage(StatsFilter filter, String cursor) {
    ActivityAggregateEnvelope e =
        post("/v2/stats/activity/aggregate", body(filter, cursor), ActivityAggregateEnvelope.class);
    return Pages.of(e.usersAggregateActivityStats(), e.records(), e.requestId());
  }

  /**
   * {@return activity counts per user and period ({@code POST
   * /v2/stats/activity/aggregate-by-period})}
   *
   * @param filter which records to read
   * @param period the aggregation period
   */
  public Stream<UserPeriodActivity> activityByPeriod(StatsFilter filter, AggregationPeriod period) {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(period, "aggregationPeriod");
    return Paging.stream(c -> activityByPeriodPage(filter, period, c), null);
  }

  /**
   * One page of activity per user and period.
   *
   * @param filter which users and days
   * @param period the period to aggregate by
   * @param cursor Gong's cursor from the previous page, or null for the first page
   * @return the page
   */
  public Page<UserPeriodActivity> activityByPeriodPage(
      StatsFilter filter, AggregationPeriod period, String cursor) {
    ObjectNode body = body(filter, cursor);
    body.put("aggregationPeriod", period.name());
    ActivityByPeriodEnvelope e =
        post("/v2/stats/activity/aggregate-by-period", body, ActivityByPeriodEnvelope.class);
    return Pages.of(e.usersAggregateActivity(), e.records(), e.requestId());
  }

  /**
   * {@return call ids per user, day and activity ({@code POST /v2/stats/activity/day-by-day})}
   *
   * @param filter which records to read
   */
  public Stream<UserDailyActivity> activityDayByDay(StatsFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return Paging.stream(c -> activityDayByDayPage(filter, c), null);
  }

  /**
   * One page of daily activity per user.
   *
   * @param filter which users and days
   * @param cursor Gong's cursor from the previous page, or null for the first page
   * @return the page
   */
  public Page<UserDailyActivity> activityDayByDayPage(StatsFilter filter, String cursor) {
    ActivityDayByDayEnvelope e =
        post("/v2/stats/activity/day-by-day", body(filter, cursor), ActivityDayByDayEnvelope.class);
    return Pages.of(e.usersDetailedActivities(), e.records(), e.requestId());
  }

  /**
   * {@return answered scorecards ({@code POST /v2/stats/activity/scorecards}); an empty stream when
   * none match (Gong's 404)}
   *
   * @param filter which records to read
   */
  public Stream<AnsweredScorecard> answeredScorecards(ScorecardFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return Paging.stream(c -> answeredScorecardsPage(filter, c), null);
  }

  /**
   * One page of answered scorecards.
   *
   * @param f which answers to read
   * @param cursor Gong's cursor from the previous page, or null for the first page
   * @return the page
   */
  public Page<AnsweredScorecard> answeredScorecardsPage(ScorecardFilter f, String cursor) {
    return emptyOn404(
        cursor,
        () -> {
          ObjectNode root = root(cursor);
          ObjectNode filter = root.putObject("filter");
          day(filter, "callFromDate", f.callFromDate());
          day(filter, "callToDate", f.callToDate());
          day(filter, "reviewFromDate", f.reviewFromDate());
          day(filter, "reviewToDate", f.reviewToDate());
          ids(filter, "reviewedUserIds", f.reviewedUserIds());
          ids(filter, "scorecardIds", f.scorecardIds());
          AnsweredScorecardsEnvelope e =
              post("/v2/stats/activity/scorecards", root, AnsweredScorecardsEnvelope.class);
          return Pages.of(e.answeredScorecards(), e.records(), e.requestId());
        });
  }

  private <T> T post(String path, ObjectNode body, Class<T> type) {
    return transport.send(ApiRequest.postJson(path, Bodies.bytes(body), true), type);
  }

  private static <T> Page<T> emptyOn404(String cursor, java.util.function.Supplier<Page<T>> f) {
    try {
      return f.get();
    } catch (NotFoundException e) {
      if (cursor != null) {
        throw e; // never end a listing early and quietly
      }
      return Page.empty(e.requestId());
    }
  }

  private static ObjectNode root(String cursor) {
    ObjectNode root = Json.mapper().createObjectNode();
    if (cursor != null) {
      root.put("cursor", cursor);
    }
    return root;
  }

  private static ObjectNode body(StatsFilter f, String cursor) {
    ObjectNode root = root(cursor);
    ObjectNode filter = root.putObject("filter");
    day(filter, "fromDate", f.fromDate());
    day(filter, "toDate", f.toDate());
    if (f.createdFromDateTime() != null) {
      filter.put("createdFromDateTime", Bodies.iso(f.createdFromDateTime()));
    }
    if (f.createdToDateTime() != null) {
      filter.put("createdToDateTime", Bodies.iso(f.createdToDateTime()));
    }
    ids(filter, "userIds", f.userIds());
    return root;
  }

  private static void day(ObjectNode filter, String name, LocalDate d) {
    if (d != null) {
      filter.put(name, d.toString());
    }
  }

  private static void ids(ObjectNode filter, String name, List<String> ids) {
    if (ids != null) {
      ArrayNode a = filter.putArray(name);
      ids.forEach(a::add);
    }
  }
}
