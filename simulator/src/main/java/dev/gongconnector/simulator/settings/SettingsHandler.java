package dev.gongconnector.simulator.settings;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gongconnector.simulator.activity.Scorecards;
import dev.gongconnector.simulator.calls.CallJson;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Trackers;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.time.temporal.ChronoUnit;

/**
 * {@code GET /v2/settings/trackers} and {@code GET /v2/settings/scorecards}. Trackers are the
 * keyword trackers that fire in the generated transcripts (same ids as in calls' extensive data);
 * smart trackers also fire there but Gong's endpoint lists keyword trackers only.
 */
public final class SettingsHandler {

  private final Company company;
  private final Scorecards scorecards;

  public SettingsHandler(Company company, Scorecards scorecards) {
    this.company = company;
    this.scorecards = scorecards;
  }

  /** {@code GET /v2/settings/trackers?workspaceId=}. */
  public Response trackers(Request r) {
    String ws = r.query("workspaceId");
    if (ws != null && !ws.isEmpty() && company.workspace(ws) == null) {
      throw ApiException.notFound("Workspace not found: " + ws);
    }
    User creator = firstManager();
    String created = CallJson.iso(company.anchor().minus(400, ChronoUnit.DAYS).toEpochMilli());
    String updated = CallJson.iso(company.anchor().minus(90, ChronoUnit.DAYS).toEpochMilli());
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("keywordTrackers");
          for (Trackers.Tracker t : Trackers.of(company.seed())) {
            if (t.type().equals("KEYWORD")) {
              tracker(g, t, creator.id(), created, updated);
            }
          }
          g.writeEndArray();
        });
  }

  // The generated trackers are company-wide (they fire in every workspace's calls), so they carry
  // no workspaceId and a workspace filter returns them all (unconfirmed how Gong lists those).
  private static void tracker(
      JsonGenerator g, Trackers.Tracker t, String creator, String created, String updated)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("trackerId", t.id());
    g.writeStringField("trackerName", t.name());
    g.writeArrayFieldStart("languageKeywords");
    g.writeStartObject();
    g.writeStringField("language", "eng");
    g.writeArrayFieldStart("keywords");
    for (String p : t.phrases()) {
      g.writeString(p);
    }
    g.writeEndArray();
    // The simulator matches phrases as substrings, case-insensitively: no related forms.
    g.writeBooleanField("includeRelatedForms", false);
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringField("affiliation", "Anyone");
    g.writeBooleanField("partOfQuestion", false);
    g.writeStringField("saidAt", "Anytime");
    g.writeArrayFieldStart("saidInTopics");
    g.writeEndArray();
    g.writeArrayFieldStart("saidInCallParts");
    g.writeEndArray();
    g.writeStringField("created", created);
    g.writeStringField("creatorUserId", creator);
    g.writeStringField("updated", updated);
    g.writeStringField("updaterUserId", creator);
    g.writeEndObject();
  }

  /** {@code GET /v2/settings/scorecards}. */
  public Response scorecards(Request r) {
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("scorecards");
          for (Scorecards.Scorecard s : scorecards.all()) {
            scorecard(g, s);
          }
          g.writeEndArray();
        });
  }

  // Ids are numbers here: the spec types scorecardId, workspaceId and updaterUserId as int64.
  private static void scorecard(JsonGenerator g, Scorecards.Scorecard s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("scorecardId", s.id());
    g.writeStringField("scorecardName", s.name());
    g.writeNumberField("workspaceId", Long.parseLong(s.workspaceId()));
    g.writeBooleanField("enabled", true);
    g.writeNumberField("updaterUserId", s.updaterUserId());
    g.writeStringField("created", CallJson.iso(s.createdMillis()));
    g.writeStringField("updated", CallJson.iso(s.updatedMillis()));
    g.writeArrayFieldStart("questions");
    for (Scorecards.Question q : s.questions()) {
      g.writeStartObject();
      g.writeNumberField("questionId", q.id());
      g.writeNumberField("questionRevisionId", q.revisionId());
      g.writeStringField("questionText", q.text());
      g.writeBooleanField("isOverall", q.overall());
      g.writeStringField("questionType", q.type());
      if (q.type().equals("RANGE")) {
        g.writeNumberField("minRange", 1);
        g.writeNumberField("maxRange", 5);
      }
      g.writeArrayFieldStart("answerOptions");
      for (Scorecards.Option o : q.options()) {
        g.writeStartObject();
        g.writeNumberField("id", o.id());
        g.writeStringField("text", o.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private User firstManager() {
    for (User u : company.users()) {
      if (u.role() == User.Role.MANAGER) {
        return u;
      }
    }
    return company.users().get(0);
  }
}
