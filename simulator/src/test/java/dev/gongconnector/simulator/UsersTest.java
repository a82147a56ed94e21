package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UsersTest {

  static GongSimulator sim;
  static SimHttp http;

  @BeforeAll
  static void start() {
    sim = GongSimulator.builder().calls(20).users(230).rateLimitPerSecond(0).dailyLimit(0).start();
    http = new SimHttp(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void pagesOfUsers() throws Exception {
    Set<String> ids = new HashSet<>();
    String cursor = null;
    int page = 0;
    do {
      SimHttp.Answer a =
          http.get("/v2/users" + (cursor == null ? "" : "?cursor=" + SimHttp.q(cursor)));
      assertThat(a.status()).isEqualTo(200);
      JsonNode rec = a.json().get("records");
      assertThat(rec.get("totalRecords").asInt()).isEqualTo(230);
      assertThat(rec.get("currentPageNumber").asInt()).isEqualTo(page++);
      for (JsonNode u : a.json().get("users")) {
        assertThat(ids.add(u.get("id").asText())).isTrue();
        assertThat(u.get("emailAddress").asText()).contains("@");
        assertThat(u.get("settings").get("webConferencesRecorded").isBoolean()).isTrue();
        assertThat(u.get("spokenLanguages").get(0).get("language").asText())
            .matches("[a-z]{2}-[A-Z]{2}");
      }
      cursor = rec.has("cursor") ? rec.get("cursor").asText() : null;
    } while (cursor != null);
    assertThat(ids).hasSize(230);
    assertThat(page).isEqualTo(3);
  }

  @Test
  void avatarsOnlyWhenAsked() throws Exception {
    int plain = http.get("/v2/users").json().get("records").get("totalRecords").asInt();
    int with =
        http.get("/v2/users?includeAvatars=true").json().get("records").get("totalRecords").asInt();
    assertThat(with).isEqualTo(plain + 2);
  }

  @Test
  void getUserAndManagerExists() throws Exception {
    JsonNode users = http.get("/v2/users").json().get("users");
    JsonNode withManager = null;
    for (JsonNode u : users) {
      if (!u.get("managerId").isNull()) {
        withManager = u;
        break;
      }
    }
    assertThat(withManager).isNotNull();
    SimHttp.Answer a = http.get("/v2/users/" + withManager.get("id").asText());
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("user")).isEqualTo(withManager);
    assertThat(http.get("/v2/users/" + withManager.get("managerId").asText()).status())
        .isEqualTo(200);
    SimHttp.Answer missing = http.get("/v2/users/1234");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.error()).isEqualTo("User not found");
  }

  @Test
  void usersExtensive() throws Exception {
    JsonNode first = http.get("/v2/users").json().get("users").get(0);
    SimHttp.Answer a =
        http.post(
            "/v2/users/extensive",
            "{\"filter\":{\"userIds\":[\"" + first.get("id").asText() + "\"]}}");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("users")).hasSize(1);
    String created = first.get("created").asText();
    SimHttp.Answer from =
        http.post(
            "/v2/users/extensive",
            "{\"filter\":{\"createdFromDateTime\":\""
                + created
                + "\",\"userIds\":[\""
                + first.get("id").asText()
                + "\"]}}");
    assertThat(from.json().get("users")).hasSize(1);
    assertThat(
            http.post(
                    "/v2/users/extensive",
                    "{\"filter\":{\"createdToDateTime\":\""
                        + created
                        + "\",\"userIds\":[\""
                        + first.get("id").asText()
                        + "\"]}}")
                .status())
        .isEqualTo(404);
    assertThat(http.post("/v2/users/extensive", "{}").error()).contains("filter");
  }
}
