package dev.gongconnector.simulator.coaching;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gongconnector.simulator.activity.Activity;
import dev.gongconnector.simulator.activity.Event;
import dev.gongconnector.simulator.activity.Kind;
import dev.gongconnector.simulator.calls.Params;
import dev.gongconnector.simulator.calls.SimCall;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code GET /v2/coaching?workspace-id&manager-id&from&to}: what a manager did on each direct
 * report's calls in a workspace, as sets of call ids per metric. Gong documents {@code metrics}
 * only as "name to unique strings"; the metric names here reuse its activity-stats names for the
 * manager's side (unconfirmed).
 */
public final class CoachingHandler {

  /** Metric names and the manager's activity they count. */
  private static final Map<String, Kind> METRICS = new LinkedHashMap<>();

  static {
    METRICS.put("othersCallsListenedTo", Kind.othersCallsListenedTo);
    METRICS.put("callsAttended", Kind.callsAttended);
    METRICS.put("callsCommentsGiven", Kind.callsCommentsGiven);
    METRICS.put("callsScorecardsFilled", Kind.callsScorecardsFilled);
    METRICS.put("callsGaveFeedback", Kind.callsGaveFeedback);
  }

  private final Activity activity;

  public CoachingHandler(Activity activity) {
    this.activity = activity;
  }

  public Response handle(Request r) {
    Company company = activity.company();
    String ws = required(r, "workspace-id");
    String managerId = required(r, "manager-id");
    long from = Params.isoMillis("from", required(r, "from"));
    long to = Params.isoMillis("to", required(r, "to"));
    if (!Params.isId(ws) || company.workspace(ws) == null) {
      throw ApiException.badRequest("workspace-id: no workspace with id " + Params.shorten(ws));
    }
    User manager = Params.isId(managerId) ? company.user(managerId) : null;
    if (manager == null) {
      throw ApiException.badRequest("manager-id: no user with id " + Params.shorten(managerId));
    }
    if (from >= to) {
      throw ApiException.badRequest("to: must be after from");
    }
    List<User> reports = new ArrayList<>();
    for (User u : company.users()) {
      if (manager.id().equals(u.managerId())) {
        reports.add(u);
      }
    }
    Map<String, Map<String, TreeSet<String>>> byReport = new LinkedHashMap<>();
    activity.forEachCallNear(
        from,
        to,
        a -> {
          SimCall c = a.facts().call();
          if (!c.workspaceId().equals(ws) || !manager.id().equals(hostManager(c))) {
            return;
          }
          for (Event e : a.events()) {
            if (e.userId().equals(manager.id()) && e.millis() >= from && e.millis() < to) {
              for (Map.Entry<String, Kind> m : METRICS.entrySet()) {
                if (m.getValue() == e.kind()) {
                  byReport
                      .computeIfAbsent(c.primaryUserId(), k -> new LinkedHashMap<>())
                      .computeIfAbsent(m.getKey(), k -> new TreeSet<>())
                      .add(c.idString());
                }
              }
            }
          }
        });
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("coachingData");
          if (!reports.isEmpty()) {
            g.writeStartObject();
            g.writeFieldName("manager");
            user(g, manager);
            g.writeArrayFieldStart("directReportsMetrics");
            for (User rep : reports) {
              g.writeStartObject();
              g.writeFieldName("report");
              user(g, rep);
              g.writeObjectFieldStart("metrics");
              Map<String, TreeSet<String>> m = byReport.getOrDefault(rep.id(), Map.of());
              for (String name : METRICS.keySet()) {
                g.writeArrayFieldStart(name);
                for (String id : m.getOrDefault(name, new TreeSet<>())) {
                  g.writeString(id);
                }
                g.writeEndArray();
              }
              g.writeEndObject();
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  private String hostManager(SimCall c) {
    User host = activity.company().user(c.primaryUserId());
    return host == null ? null : host.managerId();
  }

  private static String required(Request r, String name) {
    String v = r.query(name);
    if (v == null || v.isBlank()) {
      throw ApiException.badRequest(name + ": required query parameter is missing");
    }
    return v.strip();
  }

  private static void user(JsonGenerator g, User u) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", u.id());
    g.writeStringField("emailAddress", u.emailAddress());
    g.writeStringField("firstName", u.firstName());
    g.writeStringField("lastName", u.lastName());
    g.writeStringField("title", u.title());
    g.writeEndObject();
  }
}
