package dev.gongconnector.cli.readapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.cli.CliTestSupport;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The issue-11 part-A actions as `gong` subcommands against the local Gong, happy and unhappy. */
class ReadApiCommandsTest extends CliTestSupport {

  private JsonNode data(String... args) {
    Result r = gong(args);
    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode env = r.json();
    assertThat(env.path("success").asBoolean()).as(r.toString()).isTrue();
    return env.path("data");
  }

  private JsonNode failure(int code, String... args) {
    Result r = gong(args);
    assertThat(r.code()).as(r.toString()).isEqualTo(code);
    return r.json().path("error");
  }

  @Test
  void settingsAndLibrary() {
    JsonNode trackers = data("list-trackers");
    assertThat(trackers.path("count").asInt()).isPositive();
    assertThat(trackers.at("/trackers/0/languageKeywords/0/keywords")).isNotEmpty();
    assertThat(data("list-scorecards").at("/scorecards/0/questions")).isNotEmpty();
    JsonNode folders = data("list-library-folders").path("folders");
    assertThat(folders).isNotEmpty();
    boolean sawCall = false;
    for (JsonNode f : folders) {
      JsonNode content = data("get-library-folder-content", "--folder-id", f.path("id").asText());
      sawCall |= content.path("count").asInt() > 0;
    }
    assertThat(sawCall).isTrue();
    JsonNode missing = failure(1, "get-library-folder-content", "--folder-id", "12345");
    assertThat(missing.path("type").asText()).isEqualTo("not_found");
    JsonNode bad = failure(2, "get-library-folder-content", "--folder-id", "folder-1");
    assertThat(bad.path("parameter").asText()).isEqualTo("folder_id");
  }

  @Test
  void statsScorecardsCoachingAndHistory() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String from = today.minusDays(120).toString();
    String to = today.minusDays(1).toString();
    JsonNode agg = data("get-activity-stats", "--from-date", from, "--to-date", to);
    int hosted = 0;
    for (JsonNode u : agg.path("users")) {
      hosted += u.at("/userAggregateActivityStats/callsAsHost").asInt();
    }
    assertThat(hosted).isPositive();
    assertThat(data("get-interaction-stats", "--from-date", from, "--to-date", to).path("users"))
        .isNotEmpty();
    JsonNode months =
        data("get-activity-by-period", "--from-date", from, "--to-date", to, "--period", "MONTH");
    assertThat(months.at("/users/0/userAggregateActivity").size()).isBetween(4, 6);
    String user = agg.at("/users/0/userId").asText();
    JsonNode days =
        data("get-activity-day-by-day", "--from-date", to, "--to-date", to, "--user-ids", user);
    assertThat(days.at("/users/0/userDailyActivityStats")).hasSize(1);
    JsonNode answered = data("list-answered-scorecards", "--call-from-date", from);
    assertThat(answered.path("count").asInt()).isPositive();
    JsonNode first = answered.at("/answeredScorecards/0");
    String manager = first.path("reviewerUserId").asText();
    String call = first.path("callId").asText();
    String ws = data("get-call", "--call-id", call).path("workspaceId").asText();
    JsonNode coaching =
        data(
            "get-coaching-metrics",
            "--workspace-id",
            ws,
            "--manager-id",
            manager,
            "--from-date",
            from,
            "--to-date",
            today.toString());
    assertThat(coaching.at("/coachingData/0/manager/id").asText()).isEqualTo(manager);
    JsonNode history = data("get-user-settings-history", "--user-id", user);
    assertThat(history.path("changes")).isNotEmpty();
    // unhappy paths: a parameter named before any request, Gong's 404
    JsonNode future = failure(2, "get-activity-stats", "--to-date", today.plusDays(3).toString());
    assertThat(future.path("parameter").asText()).isEqualTo("to_date");
    Result period = gong("get-activity-by-period", "--period", "FORTNIGHT");
    assertThat(period.code()).isEqualTo(2);
    assertThat(period.err()).contains("--period").contains("FORTNIGHT");
    assertThat(failure(1, "get-user-settings-history", "--user-id", "99").path("type").asText())
        .isEqualTo("not_found");
  }
}
