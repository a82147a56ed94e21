package dev.gongconnector.simulator.stats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.activity.Activity;
import dev.gongconnector.simulator.activity.AnsweredScorecard;
import dev.gongconnector.simulator.activity.Scorecards;
import dev.gongconnector.simulator.calls.CallJson;
import dev.gongconnector.simulator.calls.Params;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.ListPages;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /v2/stats/activity/scorecards}: the scorecards managers answered on their reports'
 * calls, filtered by call date and/or review date (days in the company's time zone), reviewed users
 * and scorecards; 100 a page, oldest call first.
 */
public final class AnsweredScorecardsHandler {

  private final Activity activity;
  private final Cursors cursors;

  public AnsweredScorecardsHandler(Activity activity, Cursors cursors) {
    this.activity = activity;
    this.cursors = cursors;
  }

  public Response handle(Request r) throws IOException {
    JsonNode body = r.jsonObject();
    JsonNode filter = Params.filter(body, "filter: required field is missing");
    long callFrom = day(filter, "callFromDate", Long.MIN_VALUE);
    long callTo = day(filter, "callToDate", Long.MAX_VALUE);
    long reviewFrom = day(filter, "reviewFromDate", Long.MIN_VALUE);
    long reviewTo = day(filter, "reviewToDate", Long.MAX_VALUE);
    Set<String> reviewed = Params.idList(filter, "reviewedUserIds", "filter.reviewedUserIds");
    Set<String> cards = Params.idList(filter, "scorecardIds", "filter.scorecardIds");
    String cursor = Params.text(body, "cursor", "cursor");
    // Reviews come at most a few days after the call, so a review range bounds the calls too.
    long scanFrom =
        reviewFrom == Long.MIN_VALUE
            ? callFrom
            : Math.max(callFrom, reviewFrom - Activity.MAX_DELAY_MS);
    long scanTo = Math.min(callTo, reviewTo);
    List<AnsweredScorecard> found = new ArrayList<>();
    activity.forEachCall(
        scanFrom,
        scanTo,
        a -> {
          AnsweredScorecard s = a.scorecard();
          if (s != null
              && s.callStartMillis() >= callFrom
              && s.callStartMillis() < callTo
              && s.reviewMillis() >= reviewFrom
              && s.reviewMillis() < reviewTo
              && (reviewed == null || reviewed.contains(s.reviewedUserId()))
              && (cards == null || cards.contains(Long.toString(s.scorecard().id())))) {
            found.add(s);
          }
        });
    if (found.isEmpty()) {
      throw ApiException.notFound("Answered scorecards not found");
    }
    Cursors.Cursor c = cursors.decodeIfAny(cursor, "scorecards");
    return ListPages.page(
        r,
        cursors,
        "scorecards",
        c,
        found,
        "answeredScorecards",
        (g, s) -> {
          g.writeStartObject();
          g.writeNumberField("answeredScorecardId", s.id());
          g.writeNumberField("scorecardId", s.scorecard().id());
          g.writeStringField("scorecardName", s.scorecard().name());
          g.writeNumberField("callId", s.callId());
          g.writeStringField("callStartTime", CallJson.iso(s.callStartMillis()));
          g.writeNumberField("reviewedUserId", Long.parseLong(s.reviewedUserId()));
          g.writeNumberField("reviewerUserId", Long.parseLong(s.reviewerUserId()));
          g.writeStringField("reviewTime", CallJson.iso(s.reviewMillis()));
          g.writeStringField("visibilityType", "PUBLIC");
          g.writeArrayFieldStart("answers");
          List<Scorecards.Question> qs = s.scorecard().questions();
          for (int i = 0; i < qs.size(); i++) {
            Scorecards.Question q = qs.get(i);
            int v = s.answers().get(i);
            g.writeStartObject();
            g.writeNumberField("questionId", q.id());
            g.writeNumberField("questionRevisionId", q.revisionId());
            g.writeBooleanField("isOverall", q.overall());
            g.writeBooleanField("notApplicable", false);
            if (q.type().equals("RANGE")) {
              g.writeNumberField("score", v);
            } else {
              g.writeStringField("answerText", q.options().get(v - 1).text());
              g.writeArrayFieldStart("selectedOptions");
              g.writeString(Integer.toString(v));
              g.writeEndArray();
            }
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static long day(JsonNode filter, String field, long absent) {
    JsonNode n = filter.get(field);
    if (n == null || n.isNull()) {
      return absent;
    }
    LocalDate d = StatsRequest.date(filter, field);
    return d.atStartOfDay().toInstant(StatsRequest.ZONE).toEpochMilli();
  }
}
