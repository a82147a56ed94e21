package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The settings, stats, library, coaching and settings-history answers hang together with the
 * generated calls and users (issue 11: "the local Gong's data must hang together").
 */
class ReadApiDataTest {

  static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);
  static final String ALL =
      "\"fromDate\":\"" + ANCHOR.minusDays(200) + "\",\"toDate\":\"" + ANCHOR.plusDays(10) + "\"";
  static GongSimulator sim;
  static SimHttp http;

  @BeforeAll
  static void start() {
    sim =
        GongSimulator.builder()
            .calls(400)
            .seed(7)
            .anchorDate(ANCHOR)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .bearerToken("bearer-value-91")
            .bearerTokenScopes(Set.of("api:library:read"))
            .start();
    http = new SimHttp(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static JsonNode ok(SimHttp.Answer a) {
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.json();
  }

  /** Every call of the filter (all pages). */
  private List<JsonNode> extensive(String filter, String content) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          ok(
              http.post(
                  "/v2/calls/extensive",
                  "{"
                      + (cursor == null ? "" : "\"cursor\":\"" + cursor + "\",")
                      + "\"filter\":{"
                      + filter
                      + "},\"contentSelector\":{\"exposedFields\":"
                      + content
                      + "}}"));
      page.get("calls").forEach(out::add);
      cursor = page.at("/records/cursor").asText(null);
    } while (cursor != null);
    return out;
  }

  @Test
  void keywordTrackersAreThoseFiringInCalls() throws Exception {
    JsonNode listed = ok(http.get("/v2/settings/trackers")).get("keywordTrackers");
    Map<String, String> names = new HashMap<>();
    listed.forEach(t -> names.put(t.get("trackerId").asText(), t.get("trackerName").asText()));
    List<JsonNode> calls =
        extensive(
            "\"fromDateTime\":\"" + sim.anchor().minusSeconds(86400L * 40) + "\"",
            "{\"content\":{\"trackers\":true}}");
    Set<String> fired = new HashSet<>();
    for (JsonNode c : calls) {
      for (JsonNode t : c.at("/content/trackers")) {
        if (t.get("type").asText().equals("KEYWORD")) {
          assertThat(names).containsEntry(t.get("id").asText(), t.get("name").asText());
          if (t.get("count").asInt() > 0) {
            fired.add(t.get("id").asText());
          }
        }
      }
    }
    assertThat(fired).containsExactlyInAnyOrderElementsOf(names.keySet());
  }

  @Test
  void libraryFoldersHoldRealCalls() throws Exception {
    int calls = 0;
    for (JsonNode f : ok(http.get("/v2/library/folders")).get("folders")) {
      JsonNode content =
          ok(http.get("/v2/library/folder-content?folderId=" + f.get("id").asText()));
      for (JsonNode c : content.get("calls")) {
        JsonNode call = ok(http.get("/v2/calls/" + c.get("id").asText())).get("call");
        assertThat(call.get("title").asText()).isEqualTo(c.get("title").asText());
        assertThat(c.at("/snippet/toSec").asInt())
            .isGreaterThan(c.at("/snippet/fromSec").asInt())
            .isLessThanOrEqualTo(call.get("duration").asInt());
        calls++;
      }
    }
    assertThat(calls).isGreaterThan(5);
  }

  @Test
  void activityAgreesWithCallsScorecardsAndComments() throws Exception {
    JsonNode agg = ok(http.post("/v2/stats/activity/aggregate", "{\"filter\":{" + ALL + "}}"));
    int hosted = 0;
    int filled = 0;
    Map<String, JsonNode> byUser = new HashMap<>();
    for (JsonNode u : agg.get("usersAggregateActivityStats")) {
      hosted += u.at("/userAggregateActivityStats/callsAsHost").asInt();
      filled += u.at("/userAggregateActivityStats/callsScorecardsFilled").asInt();
      byUser.put(u.get("userId").asText(), u.get("userAggregateActivityStats"));
    }
    assertThat(hosted).isEqualTo(sim.generatedCalls());
    JsonNode answered = ok(http.post("/v2/stats/activity/scorecards", "{\"filter\":{}}"));
    assertThat(answered.at("/records/totalRecords").asInt()).isEqualTo(filled).isPositive();
    Map<String, String> managerOf = new HashMap<>();
    for (JsonNode u : ok(http.get("/v2/users")).get("users")) {
      managerOf.put(u.get("id").asText(), u.get("managerId").asText(null));
    }
    for (JsonNode s : answered.get("answeredScorecards")) {
      assertThat(s.get("reviewerUserId").asText())
          .isEqualTo(managerOf.get(s.get("reviewedUserId").asText()));
      assertThat(s.get("reviewTime").asText()).isGreaterThan(s.get("callStartTime").asText());
    }
    // Every manager comment in the calls' extensive data is counted for that manager.
    // Comments come with content or interaction selected (the simulator derives them from the
    // conversation, which it only builds then).
    List<JsonNode> calls =
        extensive(
            "\"fromDateTime\":\"" + sim.earliestCallStart() + "\"",
            "{\"collaboration\":{\"publicComments\":true},\"interaction\":{\"questions\":true}}");
    Map<String, Integer> commented = new HashMap<>();
    for (JsonNode c : calls) {
      Set<String> commenters = new HashSet<>();
      c.at("/collaboration/publicComments")
          .forEach(p -> commenters.add(p.get("commenterUserId").asText()));
      commenters.forEach(u -> commented.merge(u, 1, Integer::sum));
    }
    assertThat(commented).isNotEmpty();
    commented.forEach(
        (u, n) -> assertThat(byUser.get(u).get("callsCommentsGiven").asInt()).as(u).isEqualTo(n));
  }

  @Test
  void dayByDayAndPeriodsAddUpToTheAggregate() throws Exception {
    JsonNode agg = ok(http.post("/v2/stats/activity/aggregate", "{\"filter\":{" + ALL + "}}"));
    JsonNode first = null;
    for (JsonNode u : agg.get("usersAggregateActivityStats")) {
      if (u.at("/userAggregateActivityStats/othersCallsListenedTo").asInt() > 0) {
        first = u;
        break;
      }
    }
    assertThat(first).isNotNull();
    String id = first.get("userId").asText();
    String filter = "{\"filter\":{" + ALL + ",\"userIds\":[\"" + id + "\"]}";
    JsonNode days = ok(http.post("/v2/stats/activity/day-by-day", filter + "}"));
    JsonNode months =
        ok(
            http.post(
                "/v2/stats/activity/aggregate-by-period",
                filter + ",\"aggregationPeriod\":\"MONTH\"}"));
    for (String kind : new String[] {"callsAsHost", "othersCallsListenedTo", "callsAttended"}) {
      Set<String> ids = new HashSet<>();
      days.at("/usersDetailedActivities/0/userDailyActivityStats")
          .forEach(d -> d.get(kind).forEach(x -> ids.add(x.asText())));
      int sum = 0;
      for (JsonNode m : months.at("/usersAggregateActivity/0/userAggregateActivity")) {
        sum += m.get(kind).asInt();
      }
      int total = first.at("/userAggregateActivityStats/" + kind).asInt();
      assertThat(ids).as(kind).hasSize(total);
      assertThat(sum).as(kind).isEqualTo(total);
    }
  }

  @Test
  void settingsHistoryEndsAtTheUsersCurrentSettings() throws Exception {
    for (JsonNode u : ok(http.get("/v2/users")).get("users")) {
      String id = u.get("id").asText();
      Map<String, Boolean> last = new HashMap<>();
      ok(http.get("/v2/users/" + id + "/settings-history"))
          .get("userSettingsHistory")
          .forEach(c -> last.put(c.get("setting").asText(), c.get("value").asBoolean()));
      assertThat(last.get("active")).isEqualTo(u.get("active").asBoolean());
      for (String s :
          new String[] {"webConferencesRecorded", "emailsImported", "gongConnectEnabled"}) {
        assertThat(last.get(s)).as(id + " " + s).isEqualTo(u.at("/settings/" + s).asBoolean());
      }
      assertThat(last.get("callsImported"))
          .isEqualTo(u.at("/settings/telephonyCallsImported").asBoolean());
    }
  }

  @Test
  void coachingNamesTheManagersScorecardsOnReports() throws Exception {
    JsonNode answered =
        ok(http.post("/v2/stats/activity/scorecards", "{\"filter\":{}}")).get("answeredScorecards");
    JsonNode s = answered.get(0);
    String manager = s.get("reviewerUserId").asText();
    String call = s.get("callId").asText();
    String ws = ok(http.get("/v2/calls/" + call)).at("/call/workspaceId").asText();
    JsonNode data =
        ok(
            http.get(
                "/v2/coaching?workspace-id="
                    + ws
                    + "&manager-id="
                    + manager
                    + "&from="
                    + sim.earliestCallStart()
                    + "&to="
                    + ANCHOR.plusDays(10)
                    + "T00:00:00Z"));
    assertThat(data.at("/coachingData/0/manager/id").asText()).isEqualTo(manager);
    Set<String> scored = new HashSet<>();
    data.at("/coachingData/0/directReportsMetrics")
        .forEach(r -> r.at("/metrics/callsScorecardsFilled").forEach(x -> scored.add(x.asText())));
    assertThat(scored).contains(call);
  }

  @Test
  void errorsNameTheFieldAndScopesAreEnforced() throws Exception {
    SimHttp.Answer a =
        http.post("/v2/stats/activity/aggregate", "{\"filter\":{\"fromDate\":\"2026-01-01\"}}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).startsWith("filter.toDate");
    a = http.post("/v2/stats/activity/aggregate", "{\"filter\":{" + ALL.replace("-", "/") + "}}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).startsWith("filter.fromDate");
    a = http.get("/v2/coaching?workspace-id=1&manager-id=2&from=x&to=y");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).startsWith("from");
    a = http.get("/v2/users/77/settings-history");
    assertThat(a.status()).isEqualTo(404);
    HttpRequest bearerTrackers =
        HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + "/v2/settings/trackers"))
            .header("Authorization", "Bearer bearer-value-91")
            .build();
    a = http.send(bearerTrackers);
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.error()).contains("api:settings:trackers:read").doesNotContain("bearer-value-91");
    HttpRequest bearerLibrary =
        HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + "/v2/library/folders"))
            .header("Authorization", "Bearer bearer-value-91")
            .build();
    assertThat(http.send(bearerLibrary).status()).isEqualTo(200);
    assertThat(http.get("/v2/settings/trackers").status()).isEqualTo(200); // Basic: not scoped
  }
}
