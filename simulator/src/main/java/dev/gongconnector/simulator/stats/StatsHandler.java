package dev.gongconnector.simulator.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.activity.Activity;
import dev.gongconnector.simulator.activity.Event;
import dev.gongconnector.simulator.activity.Kind;
import dev.gongconnector.simulator.calls.CallFacts;
import dev.gongconnector.simulator.calls.CallJson;
import dev.gongconnector.simulator.calls.SimCall;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.ListPages;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code POST /v2/stats/interaction}, {@code /v2/stats/activity/aggregate}, {@code
 * /aggregate-by-period} and {@code /day-by-day}: figures aggregated from the generated calls'
 * {@link Activity} events, 100 users a page (cursor in the body).
 */
public final class StatsHandler {

  private final Activity activity;
  private final Cursors cursors;

  public StatsHandler(Activity activity, Cursors cursors) {
    this.activity = activity;
    this.cursors = cursors;
  }

  private StatsRequest parse(Request r, JsonNode body) {
    LocalDate today =
        LocalDate.ofInstant(java.time.Instant.ofEpochMilli(cursors.now()), ZoneOffset.UTC);
    return StatsRequest.parse(body, activity.company(), today);
  }

  /** Distinct call ids per user and kind, for events in the request's range. */
  private Map<String, Map<Kind, TreeSet<Long>>> byUser(long fromMs, long toMs) {
    Map<String, Map<Kind, TreeSet<Long>>> out = new HashMap<>();
    for (Event e : activity.events(fromMs, toMs)) {
      out.computeIfAbsent(e.userId(), k -> new EnumMap<>(Kind.class))
          .computeIfAbsent(e.kind(), k -> new TreeSet<>())
          .add(e.callId());
    }
    return out;
  }

  /** {@code POST /v2/stats/activity/aggregate}. */
  public Response aggregate(Request r) throws IOException {
    StatsRequest q = parse(r, r.jsonObject());
    Map<String, Map<Kind, TreeSet<Long>>> stats = byUser(q.fromMillis(), q.toMillis());
    return page(
        r,
        q,
        q.users(),
        "usersAggregateActivityStats",
        true,
        (g, u) -> {
          g.writeObjectFieldStart("userAggregateActivityStats");
          counts(g, stats.getOrDefault(u.id(), Map.of()));
          g.writeEndObject();
        });
  }

  /** {@code POST /v2/stats/activity/aggregate-by-period}. */
  public Response aggregateByPeriod(Request r) throws IOException {
    JsonNode body = r.jsonObject();
    JsonNode p = body.get("aggregationPeriod");
    if (p == null || p.isNull()) {
      throw ApiException.badRequest(
          "aggregationPeriod: required field is missing (DAY, WEEK, MONTH, QUARTER or YEAR)");
    }
    Periods.Unit unit = Periods.unit(p);
    StatsRequest q = parse(r, body);
    List<LocalDate[]> periods = Periods.split(q.from(), q.to(), unit);
    List<Map<String, Map<Kind, TreeSet<Long>>>> per = new ArrayList<>();
    for (LocalDate[] d : periods) {
      per.add(byUser(millis(d[0]), millis(d[1])));
    }
    return page(
        r,
        q,
        q.users(),
        "usersAggregateActivity",
        false,
        (g, u) -> {
          g.writeArrayFieldStart("userAggregateActivity");
          for (int i = 0; i < periods.size(); i++) {
            g.writeStartObject();
            counts(g, per.get(i).getOrDefault(u.id(), Map.of()));
            g.writeStringField("fromDate", CallJson.iso(millis(periods.get(i)[0])));
            g.writeStringField("toDate", CallJson.iso(millis(periods.get(i)[1])));
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /** {@code POST /v2/stats/activity/day-by-day}: one entry per day of the range and user. */
  public Response dayByDay(Request r) throws IOException {
    StatsRequest q = parse(r, r.jsonObject());
    Map<String, Map<LocalDate, Map<Kind, TreeSet<Long>>>> days = new HashMap<>();
    for (Event e : activity.events(q.fromMillis(), q.toMillis())) {
      LocalDate d =
          LocalDate.ofInstant(java.time.Instant.ofEpochMilli(e.millis()), StatsRequest.ZONE);
      days.computeIfAbsent(e.userId(), k -> new HashMap<>())
          .computeIfAbsent(d, k -> new EnumMap<>(Kind.class))
          .computeIfAbsent(e.kind(), k -> new TreeSet<>())
          .add(e.callId());
    }
    return page(
        r,
        q,
        q.users(),
        "usersDetailedActivities",
        false,
        (g, u) -> {
          g.writeArrayFieldStart("userDailyActivityStats");
          Map<LocalDate, Map<Kind, TreeSet<Long>>> mine = days.getOrDefault(u.id(), Map.of());
          for (LocalDate d = q.from(); d.isBefore(q.to()); d = d.plusDays(1)) {
            Map<Kind, TreeSet<Long>> k = mine.getOrDefault(d, Map.of());
            g.writeStartObject();
            for (Kind kind : Kind.values()) {
              g.writeArrayFieldStart(kind.name());
              for (long id : k.getOrDefault(kind, new TreeSet<>())) {
                g.writeString(Long.toString(id));
              }
              g.writeEndArray();
            }
            g.writeStringField("fromDate", CallJson.iso(millis(d)));
            g.writeStringField("toDate", CallJson.iso(millis(d.plusDays(1))));
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /**
   * {@code POST /v2/stats/interaction}: per host, the mean of the interaction stats of the
   * transcribed calls they hosted in the range; users without such calls are left out.
   */
  public Response interaction(Request r) throws IOException {
    StatsRequest q = parse(r, r.jsonObject());
    Map<String, Map<String, double[]>> sums = new HashMap<>();
    activity.forEachCall(
        q.fromMillis(),
        q.toMillis(),
        a -> {
          CallFacts f = a.facts();
          SimCall c = f.call();
          if (!f.transcribed()) {
            return;
          }
          Map<String, double[]> m =
              sums.computeIfAbsent(c.primaryUserId(), k -> new LinkedHashMap<>());
          f.stats()
              .forEach(
                  (name, v) -> {
                    double[] s = m.computeIfAbsent(name, k -> new double[2]);
                    s[0] += v;
                    s[1]++;
                  });
        });
    List<User> users = new ArrayList<>();
    for (User u : q.users()) {
      if (sums.containsKey(u.id())) {
        users.add(u);
      }
    }
    if (users.isEmpty()) {
      throw ApiException.notFound("No stats found for the specified period");
    }
    return page(
        r,
        q,
        users,
        "peopleInteractionStats",
        true,
        (g, u) -> {
          g.writeArrayFieldStart("personInteractionStats");
          for (Map.Entry<String, double[]> e : sums.get(u.id()).entrySet()) {
            g.writeStartObject();
            g.writeStringField("name", e.getKey());
            g.writeNumberField(
                "value", Math.round(e.getValue()[0] / e.getValue()[1] * 100) / 100.0);
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  private static long millis(LocalDate d) {
    return d.atStartOfDay().toInstant(StatsRequest.ZONE).toEpochMilli();
  }

  private static void counts(JsonGenerator g, Map<Kind, TreeSet<Long>> k) throws IOException {
    for (Kind kind : Kind.values()) {
      TreeSet<Long> ids = k.get(kind);
      g.writeNumberField(kind.name(), ids == null ? 0 : ids.size());
    }
  }

  /** Writes one user's part of an item. */
  private interface UserPart {
    void write(JsonGenerator g, User u) throws IOException;
  }

  private Response page(
      Request r, StatsRequest q, List<User> users, String field, boolean period, UserPart part) {
    Cursors.Cursor c = cursors.decodeIfAny(q.cursor(), "stats");
    return ListPages.page(
        r,
        cursors,
        "stats",
        c,
        users,
        field,
        (g, u) -> {
          g.writeStartObject();
          g.writeStringField("userId", u.id());
          g.writeStringField("userEmailAddress", u.emailAddress());
          part.write(g, u);
          g.writeEndObject();
        },
        g -> {
          if (period) {
            g.writeStringField("timeZone", "UTC");
            g.writeStringField("fromDateTime", CallJson.iso(q.fromMillis()));
            g.writeStringField("toDateTime", CallJson.iso(q.toMillis()));
          }
        });
  }
}
