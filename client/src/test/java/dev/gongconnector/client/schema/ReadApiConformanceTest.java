package dev.gongconnector.client.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.client.internal.ActivityAggregateEnvelope;
import dev.gongconnector.client.internal.ActivityByPeriodEnvelope;
import dev.gongconnector.client.internal.ActivityDayByDayEnvelope;
import dev.gongconnector.client.internal.AnsweredScorecardsEnvelope;
import dev.gongconnector.client.internal.CoachingEnvelope;
import dev.gongconnector.client.internal.InteractionStatsEnvelope;
import dev.gongconnector.client.internal.LibraryFoldersEnvelope;
import dev.gongconnector.client.internal.ScorecardsEnvelope;
import dev.gongconnector.client.internal.SettingsHistoryEnvelope;
import dev.gongconnector.client.internal.TrackersEnvelope;
import dev.gongconnector.client.library.LibraryFolderContent;
import dev.gongconnector.simulator.GongSimulator;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 part A: every answer of the local Gong for settings, stats, library, user settings
 * history and coaching, success and error, validates against Gong's OpenAPI schema, and the
 * client's records keep every field.
 */
class ReadApiConformanceTest {

  private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);
  private static final String RANGE =
      "\"fromDate\":\"" + ANCHOR.minusDays(60) + "\",\"toDate\":\"" + ANCHOR + "\"";
  private static GongSimulator sim;
  private static Conformance c;
  private static String workspaceId;
  private static String managerId;
  private static String userId;

  @BeforeAll
  static void start() throws Exception {
    sim =
        GongSimulator.builder()
            .calls(600)
            .anchorDate(ANCHOR)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .start();
    c = new Conformance(sim);
    workspaceId = c.send("GET", "/v2/workspaces", null).json().at("/workspaces/0/id").asText();
    for (JsonNode u : c.send("GET", "/v2/users", null).json().get("users")) {
      if (u.get("managerId").isNull() && managerId == null) {
        managerId = u.get("id").asText();
      }
      if (!u.get("managerId").isNull() && userId == null) {
        userId = u.get("id").asText();
      }
    }
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void settings() throws Exception {
    JsonNode t =
        c.check(
                "GET",
                "/v2/settings/trackers",
                "/v2/settings/trackers",
                null,
                200,
                TrackersEnvelope.class)
            .json();
    assertThat(t.get("keywordTrackers")).isNotEmpty();
    c.check(
        "GET",
        "/v2/settings/trackers",
        "/v2/settings/trackers?workspaceId=" + workspaceId,
        null,
        200,
        TrackersEnvelope.class);
    c.check("GET", "/v2/settings/trackers", "/v2/settings/trackers?workspaceId=1", null, 404, null);
    JsonNode s =
        c.check(
                "GET",
                "/v2/settings/scorecards",
                "/v2/settings/scorecards",
                null,
                200,
                ScorecardsEnvelope.class)
            .json();
    assertThat(s.get("scorecards")).isNotEmpty();
  }

  @Test
  void library() throws Exception {
    JsonNode f =
        c.check(
                "GET",
                "/v2/library/folders",
                "/v2/library/folders",
                null,
                200,
                LibraryFoldersEnvelope.class)
            .json();
    c.check(
        "GET",
        "/v2/library/folders",
        "/v2/library/folders?workspaceId=" + workspaceId,
        null,
        200,
        LibraryFoldersEnvelope.class);
    c.check("GET", "/v2/library/folders", "/v2/library/folders?workspaceId=7", null, 404, null);
    boolean sawCalls = false;
    for (JsonNode folder : f.get("folders")) {
      JsonNode content =
          c.check(
                  "GET",
                  "/v2/library/folder-content",
                  "/v2/library/folder-content?folderId=" + folder.get("id").asText(),
                  null,
                  200,
                  LibraryFolderContent.class)
              .json();
      sawCalls |= !content.get("calls").isEmpty();
    }
    assertThat(sawCalls).as("some folder holds calls").isTrue();
    c.check(
        "GET",
        "/v2/library/folder-content",
        "/v2/library/folder-content?folderId=9",
        null,
        404,
        null);
    c.check(
        "GET",
        "/v2/library/folder-content",
        "/v2/library/folder-content?folderId=x",
        null,
        400,
        null);
    c.check("GET", "/v2/library/folder-content", "/v2/library/folder-content", null, 400, null);
  }

  @Test
  void stats() throws Exception {
    String body = "{\"filter\":{" + RANGE + "}}";
    c.check(
        "POST",
        "/v2/stats/interaction",
        "/v2/stats/interaction",
        body,
        200,
        InteractionStatsEnvelope.class);
    c.check(
        "POST",
        "/v2/stats/activity/aggregate",
        "/v2/stats/activity/aggregate",
        body,
        200,
        ActivityAggregateEnvelope.class);
    for (String p : new String[] {"DAY", "WEEK", "MONTH", "QUARTER", "YEAR"}) {
      c.check(
          "POST",
          "/v2/stats/activity/aggregate-by-period",
          "/v2/stats/activity/aggregate-by-period",
          "{\"aggregationPeriod\":\"" + p + "\",\"filter\":{" + RANGE + "}}",
          200,
          ActivityByPeriodEnvelope.class);
    }
    c.check(
        "POST",
        "/v2/stats/activity/day-by-day",
        "/v2/stats/activity/day-by-day",
        "{\"filter\":{" + RANGE + ",\"userIds\":[\"" + userId + "\",\"" + managerId + "\"]}}",
        200,
        ActivityDayByDayEnvelope.class);
    JsonNode a =
        c.check(
                "POST",
                "/v2/stats/activity/scorecards",
                "/v2/stats/activity/scorecards",
                "{\"filter\":{\"callFromDate\":\"" + ANCHOR.minusDays(90) + "\"}}",
                200,
                AnsweredScorecardsEnvelope.class)
            .json();
    assertThat(a.get("answeredScorecards")).isNotEmpty();
    // errors
    c.check(
        "POST",
        "/v2/stats/activity/aggregate",
        "/v2/stats/activity/aggregate",
        "{\"filter\":{\"toDate\":\"" + ANCHOR + "\"}}",
        400,
        null);
    c.check(
        "POST",
        "/v2/stats/activity/aggregate",
        "/v2/stats/activity/aggregate",
        "{\"filter\":{" + RANGE + ",\"userIds\":[\"123\"]}}",
        404,
        null);
    c.check(
        "POST",
        "/v2/stats/activity/aggregate-by-period",
        "/v2/stats/activity/aggregate-by-period",
        "{\"aggregationPeriod\":\"FORTNIGHT\",\"filter\":{" + RANGE + "}}",
        400,
        null);
    c.check(
        "POST",
        "/v2/stats/activity/scorecards",
        "/v2/stats/activity/scorecards",
        "{\"filter\":{\"scorecardIds\":[\"1\"]}}",
        404,
        null);
    c.check(
        "POST",
        "/v2/stats/interaction",
        "/v2/stats/interaction",
        "{\"filter\":{\"fromDate\":\"2001-01-01\",\"toDate\":\"2001-01-02\"}}",
        404,
        null);
  }

  @Test
  void usersAndCoaching() throws Exception {
    c.check(
        "GET",
        "/v2/users/{id}/settings-history",
        "/v2/users/" + userId + "/settings-history",
        null,
        200,
        SettingsHistoryEnvelope.class);
    c.check(
        "GET", "/v2/users/{id}/settings-history", "/v2/users/42/settings-history", null, 404, null);
    String q =
        "/v2/coaching?workspace-id="
            + workspaceId
            + "&manager-id="
            + managerId
            + "&from="
            + ANCHOR.minusDays(90)
            + "T00:00:00Z&to="
            + ANCHOR
            + "T00:00:00Z";
    c.check("GET", "/v2/coaching", q, null, 200, CoachingEnvelope.class);
    c.check("GET", "/v2/coaching", "/v2/coaching?workspace-id=" + workspaceId, null, 400, null);
  }
}
