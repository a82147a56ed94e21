package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthAndRoutingTest {

  static GongSimulator sim;
  static SimHttp http;

  @BeforeAll
  static void start() {
    sim =
        GongSimulator.builder()
            .calls(50)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .bearerToken("tok-123")
            .start();
    http = new SimHttp(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void missingAuthIs401WithGongBody() throws Exception {
    SimHttp anon = new SimHttp(sim);
    anon.authorization = null;
    SimHttp.Answer a = anon.get("/v2/workspaces");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.json().get("requestId").asText()).matches("[0-9a-z]{19}");
    assertThat(a.json().get("errors").isArray()).isTrue();
    assertThat(a.text()).doesNotContain(sim.accessKeySecret());
  }

  @Test
  void wrongSecretIs401() throws Exception {
    SimHttp bad = new SimHttp(sim);
    bad.authorization = SimHttp.basic(sim.accessKey(), sim.accessKeySecret() + "x");
    assertThat(bad.get("/v2/users").status()).isEqualTo(401);
    bad.authorization = "Bearer wrong";
    assertThat(bad.get("/v2/users").status()).isEqualTo(401);
    bad.authorization = "Basic !!!notbase64";
    assertThat(bad.get("/v2/users").status()).isEqualTo(401);
  }

  @Test
  void bearerTokenAccepted() throws Exception {
    SimHttp bearer = new SimHttp(sim);
    bearer.authorization = "Bearer tok-123";
    assertThat(bearer.get("/v2/workspaces").status()).isEqualTo(200);
  }

  @Test
  void generatedCredentialsAreDistinctAndWork() {
    assertThat(sim.accessKey()).isNotBlank().isNotEqualTo(sim.accessKeySecret());
    assertThat(sim.baseUrl()).startsWith("http://127.0.0.1:").doesNotEndWith("/v2");
  }

  @Test
  void unknownPathIs404WithGongBody() throws Exception {
    SimHttp.Answer a = http.get("/v2/nothing-here");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("requestId").asText()).isNotBlank();
    assertThat(a.error()).contains("/v2/nothing-here");
    assertThat(http.get("/calls").status()).isEqualTo(404);
  }

  @Test
  void wrongMethodIs405() throws Exception {
    assertThat(http.send(http.request("/v2/workspaces").DELETE().build()).status()).isEqualTo(405);
    assertThat(http.get("/v2/calls/extensive").status()).isEqualTo(405);
    SimHttp.Answer a =
        http.send(
            http.request("/v2/calls/123").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(a.status()).isEqualTo(405);
    assertThat(a.json().get("requestId").asText()).isNotBlank();
  }

  @Test
  void closeStopsServingAndIsIdempotent() throws Exception {
    GongSimulator other = GongSimulator.builder().calls(5).start();
    SimHttp h = new SimHttp(other);
    assertThat(h.get("/v2/workspaces").status()).isIn(200, 429);
    int port = other.port();
    other.close();
    other.close();
    assertThat(other.port()).isEqualTo(port);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new SimHttp(other).get("/v2/workspaces"))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void everyAnswerHasDistinctRequestId() throws Exception {
    String a = http.get("/v2/workspaces").json().get("requestId").asText();
    String b = http.get("/v2/workspaces").json().get("requestId").asText();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void workspacesList() throws Exception {
    SimHttp.Answer a = http.get("/v2/workspaces");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("workspaces")).hasSize(3);
    assertThat(a.json().get("workspaces").get(0).get("id").asText()).matches("\\d{19}");
    assertThat(a.json().has("records")).isFalse();
  }

  @Test
  void requestCountsPerPath() throws Exception {
    long before = sim.requestCount("/v2/users/1");
    http.get("/v2/users/1");
    http.get("/v2/users/1");
    assertThat(sim.requestCount("/v2/users/1")).isEqualTo(before + 2);
    assertThat(sim.requestCount()).isGreaterThanOrEqualTo(2);
    assertThat(sim.requestCounts()).containsKey("/v2/users/1");
  }
}
