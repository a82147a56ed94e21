package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AddCallTest {

  static GongSimulator sim;
  static SimHttp http;
  static String user;

  @BeforeAll
  static void start() throws Exception {
    sim = GongSimulator.builder().calls(40).rateLimitPerSecond(0).dailyLimit(0).start();
    http = new SimHttp(sim);
    user = activeUser(http);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static String activeUser(SimHttp h) throws Exception {
    for (JsonNode u : h.get("/v2/users").json().get("users")) {
      if (u.get("active").asBoolean()) {
        return u.get("id").asText();
      }
    }
    throw new AssertionError("no active user");
  }

  static ObjectNode body(String clientUniqueId, String actualStart, String userId) {
    ObjectNode b = SimHttp.JSON.createObjectNode();
    b.put("clientUniqueId", clientUniqueId);
    b.put("actualStart", actualStart);
    b.put("direction", "Outbound");
    b.put("primaryUser", userId);
    b.put("title", "Test call " + clientUniqueId);
    b.put("duration", 125.8);
    ArrayNode parties = b.putArray("parties");
    parties.addObject().put("userId", userId).put("name", "Host").put("mediaChannelId", 0);
    parties.addObject().put("phoneNumber", "+1 123-567-8989").put("name", "Prospect");
    return b;
  }

  /** Adds a call and returns its id. */
  static String addCall(SimHttp h, String clientUniqueId, String actualStart, String userId)
      throws Exception {
    SimHttp.Answer a = h.post("/v2/calls", body(clientUniqueId, actualStart, userId).toString());
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.json().get("callId").asText();
  }

  @Test
  void addReturnsIdAndCallIsListed() throws Exception {
    SimHttp.Answer a =
        http.post("/v2/calls", body("add-1", "2018-02-17T02:30:00-08:00", user).toString());
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("requestId").asText()).isNotBlank();
    String id = a.json().get("callId").asText();
    assertThat(id).matches("\\d{19}");
    JsonNode call = http.get("/v2/calls/" + id).json().get("call");
    assertThat(call.get("started").asText()).isEqualTo("2018-02-17T10:30:00Z");
    assertThat(call.get("clientUniqueId").asText()).isEqualTo("add-1");
    assertThat(call.get("primaryUserId").asText()).isEqualTo(user);
    assertThat(call.get("duration").asInt()).isEqualTo(126);
    SimHttp.Answer list =
        http.get("/v2/calls?fromDateTime=2018-02-17T00:00:00Z&toDateTime=2018-02-18T00:00:00Z");
    assertThat(list.json().get("calls")).extracting(c -> c.get("id").asText()).containsExactly(id);
  }

  @Test
  void repeatedClientUniqueIdIs409NamingTheExistingCall() throws Exception {
    String id = addCall(http, "dup-1", "2019-01-01T10:00:00Z", user);
    SimHttp.Answer again =
        http.post("/v2/calls", body("dup-1", "2019-01-02T10:00:00Z", user).toString());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.error()).contains(id).contains("clientUniqueId");
    assertThat(
            http.get("/v2/calls?fromDateTime=2019-01-02T00:00:00Z&toDateTime=2019-01-03T00:00:00Z")
                .status())
        .isEqualTo(404);
  }

  @Test
  void validationNamesTheField() throws Exception {
    assertField(b -> b.remove("clientUniqueId"), "clientUniqueId");
    assertField(b -> b.remove("actualStart"), "actualStart");
    assertField(b -> b.put("actualStart", "17/02/2018"), "actualStart");
    assertField(b -> b.remove("direction"), "direction");
    assertField(b -> b.put("direction", "Sideways"), "direction");
    assertField(b -> b.remove("primaryUser"), "primaryUser");
    assertField(b -> b.remove("parties"), "parties");
    assertField(b -> b.putArray("parties"), "parties");
    assertField(b -> b.put("purpose", "x".repeat(256)), "purpose");
    assertField(b -> b.put("disposition", "x".repeat(256)), "disposition");
    assertField(b -> b.put("scheduledStart", "tomorrow"), "scheduledStart");
    assertField(b -> b.put("duration", "long"), "duration");
    assertField(b -> b.put("primaryUser", "1111111111111111111"), "primaryUser");
    assertField(
        b -> ((ObjectNode) b.get("parties").get(0)).put("userId", "2222222222222222222"),
        "parties");
    assertField(
        b -> ((ObjectNode) b.get("parties").get(0)).put("mediaChannelId", 5),
        "parties[0].mediaChannelId");
    assertField(
        b -> b.putArray("context").addObject().put("system", "Pipedrive"), "context[0].system");
    assertField(b -> b.put("workspaceId", "123"), "workspaceId");
    assertField(
        b ->
            b.putObject("speakersTimeline")
                .putArray("speechSegments")
                .addObject()
                .put("fromTime", 0)
                .put("toTime", 10)
                .putArray("partyIds")
                .add("nope"),
        "partyIds");
    // purpose of exactly 255 characters is fine
    ObjectNode ok = body("len-255", "2020-01-01T00:00:00Z", user);
    ok.put("purpose", "p".repeat(255));
    assertThat(http.post("/v2/calls", ok.toString()).status()).isEqualTo(200);
  }

  private static void assertField(java.util.function.Consumer<ObjectNode> change, String field)
      throws Exception {
    ObjectNode b = body("v-" + field + System.nanoTime(), "2020-06-01T12:00:00Z", user);
    change.accept(b);
    SimHttp.Answer a = http.post("/v2/calls", b.toString());
    assertThat(a.status()).as(field + ": " + a.text()).isEqualTo(400);
    assertThat(a.error()).as(a.text()).contains(field);
  }

  @Test
  void refusedCallsAreNotStored() throws Exception {
    ObjectNode b = body("bad-then-good", "2021-03-03T10:00:00Z", user);
    b.put("direction", "Nope");
    assertThat(http.post("/v2/calls", b.toString()).status()).isEqualTo(400);
    // the same clientUniqueId is still free
    addCall(http, "bad-then-good", "2021-03-03T10:00:00Z", user);
  }

  @Test
  void malformedJsonIs400() throws Exception {
    SimHttp.Answer a = http.post("/v2/calls", "{\"clientUniqueId\": ");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("JSON");
    assertThat(http.post("/v2/calls", "[1,2]").status()).isEqualTo(400);
    assertThat(http.post("/v2/calls", "").status()).isEqualTo(400);
    assertThat(http.post("/v2/calls", "{} {}").status()).isEqualTo(400);
  }

  @Test
  void transcriptAppearsOnlyWhenMediaArrived() throws Exception {
    String noMedia = addCall(http, "media-none", "2022-05-05T15:00:00Z", user);
    ObjectNode withUrl = body("media-url", "2022-05-05T16:00:00Z", user);
    withUrl.put("downloadMediaUrl", "https://example.com/rec.mp3");
    withUrl.put("duration", 600);
    SimHttp.Answer a = http.post("/v2/calls", withUrl.toString());
    String viaUrl = a.json().get("callId").asText();
    JsonNode tr =
        http.post(
                "/v2/calls/transcript",
                "{\"filter\":{\"callIds\":[\"" + noMedia + "\",\"" + viaUrl + "\"]}}")
            .json()
            .get("callTranscripts");
    assertThat(tr).hasSize(2);
    for (JsonNode t : tr) {
      if (t.get("callId").asText().equals(noMedia)) {
        assertThat(t.get("transcript")).isEmpty();
      } else {
        assertThat(t.get("transcript")).isNotEmpty();
      }
    }
  }

  @Test
  void declaredLanguageIsReportedAndOnlyEnglishGetsATranscript() throws Exception {
    java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
    for (String code : new String[] {"en-GB", "fr-FR", "ja-JP"}) {
      ObjectNode b = body("lang-" + code, "2022-05-06T15:00:00Z", user);
      b.put("languageCode", code);
      b.put("downloadMediaUrl", "https://example.com/rec.mp3");
      b.put("duration", 600);
      SimHttp.Answer a = http.post("/v2/calls", b.toString());
      assertThat(a.status()).as(a.text()).isEqualTo(200);
      ids.put(a.json().get("callId").asText(), code);
    }
    java.util.Map<String, String> expected =
        java.util.Map.of("en-GB", "eng", "fr-FR", "fre", "ja-JP", "und");
    for (java.util.Map.Entry<String, String> e : ids.entrySet()) {
      assertThat(http.get("/v2/calls/" + e.getKey()).json().get("call").get("language").asText())
          .isEqualTo(expected.get(e.getValue()));
    }
    JsonNode tr =
        http.post(
                "/v2/calls/transcript",
                "{\"filter\":{\"callIds\":" + SimHttp.JSON.writeValueAsString(ids.keySet()) + "}}")
            .json()
            .get("callTranscripts");
    assertThat(tr).hasSize(3);
    for (JsonNode t : tr) {
      // the simulator speaks English only: no English transcript labelled French or Japanese
      boolean english = ids.get(t.get("callId").asText()).equals("en-GB");
      assertThat(t.get("transcript").isEmpty())
          .as(ids.get(t.get("callId").asText()))
          .isEqualTo(!english);
    }
  }

  @Test
  void tinyAndOddAddedCallsServeEveryPart() throws Exception {
    for (double d : new double[] {0, 1, 4.5, 30, 7200}) {
      ObjectNode b = body("odd-" + d, "2017-05-0" + (1 + (int) (d % 7)) + "T10:00:00Z", user);
      b.put("duration", d);
      b.put("downloadMediaUrl", "https://example.com/" + d + ".wav");
      b.put("direction", "Conference");
      ((ObjectNode) b.get("parties").get(1)).remove("name");
      String id = http.post("/v2/calls", b.toString()).json().get("callId").asText();
      SimHttp.Answer a =
          http.post(
              "/v2/calls/extensive",
              "{\"filter\":{\"callIds\":[\""
                  + id
                  + "\"]},\"contentSelector\":"
                  + ExtensiveAndTranscriptTest.EVERYTHING
                  + "}");
      assertThat(a.status()).as(a.text()).isEqualTo(200);
      assertThat(a.json().get("calls").get(0).get("parties")).hasSize(2);
      assertThat(
              http.post("/v2/calls/transcript", "{\"filter\":{\"callIds\":[\"" + id + "\"]}}")
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  void concurrentAddsAreAllKept() throws Exception {
    GongSimulator own =
        GongSimulator.builder().calls(0).rateLimitPerSecond(0).dailyLimit(0).start();
    try (own) {
      SimHttp h = new SimHttp(own);
      String host = activeUser(h);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () ->
                    addCall(
                        h,
                        "c-" + n,
                        java.time.Instant.parse("2024-01-01T00:00:00Z")
                            .plusSeconds(n % 37)
                            .toString(),
                        host)));
      }
      // the same clientUniqueId from many threads at once: exactly one wins
      List<Future<Integer>> dup = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        dup.add(
            pool.submit(
                () ->
                    h.post("/v2/calls", body("same", "2024-01-02T00:00:00Z", host).toString())
                        .status()));
      }
      Set<String> ids = new HashSet<>();
      for (Future<String> f : futures) {
        ids.add(f.get());
      }
      int ok = 0;
      for (Future<Integer> f : dup) {
        int s = f.get();
        assertThat(s).isIn(200, 409);
        ok += s == 200 ? 1 : 0;
      }
      pool.shutdown();
      assertThat(ok).isEqualTo(1);
      assertThat(ids).hasSize(400);
      Set<String> listed = new HashSet<>();
      String cursor = null;
      do {
        SimHttp.Answer a =
            h.get(
                "/v2/calls?fromDateTime=2024-01-01T00:00:00Z&toDateTime=2024-01-01T01:00:00Z"
                    + (cursor == null ? "" : "&cursor=" + SimHttp.q(cursor)));
        a.json().get("calls").forEach(c -> listed.add(c.get("id").asText()));
        cursor =
            a.json().get("records").has("cursor")
                ? a.json().get("records").get("cursor").asText()
                : null;
      } while (cursor != null);
      assertThat(listed).isEqualTo(ids);
    }
  }
}
