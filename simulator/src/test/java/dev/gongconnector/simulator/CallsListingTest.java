package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CallsListingTest {

  static GongSimulator sim;
  static SimHttp http;

  @BeforeAll
  static void start() {
    sim =
        GongSimulator.builder()
            .calls(350)
            .seed(7)
            .anchorDate(LocalDate.of(2026, 3, 2))
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .start();
    http = new SimHttp(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static List<JsonNode> listAll(String query) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    String cursor = null;
    int page = 0;
    do {
      SimHttp.Answer a =
          http.get("/v2/calls?" + query + (cursor == null ? "" : "&cursor=" + SimHttp.q(cursor)));
      assertThat(a.status()).as(a.text()).isEqualTo(200);
      JsonNode rec = a.json().get("records");
      assertThat(rec.get("currentPageNumber").asInt()).isEqualTo(page++);
      assertThat(rec.get("currentPageSize").asInt()).isEqualTo(a.json().get("calls").size());
      a.json().get("calls").forEach(out::add);
      cursor = rec.has("cursor") ? rec.get("cursor").asText() : null;
    } while (cursor != null);
    return out;
  }

  @Test
  void pagesCoverEveryCallOnceInOrder() throws Exception {
    List<JsonNode> all = listAll(http.allRange());
    assertThat(all).hasSize(350);
    Set<String> ids = new HashSet<>();
    String prev = "";
    for (JsonNode c : all) {
      assertThat(ids.add(c.get("id").asText())).isTrue();
      assertThat(c.get("id").asText()).matches("\\d{19}");
      assertThat(c.get("url").asText()).endsWith(c.get("id").asText());
      String started = c.get("started").asText();
      assertThat(started.compareTo(prev)).isGreaterThanOrEqualTo(0);
      prev = started;
    }
  }

  @Test
  void firstPageHas100AndCursorOnlyWhenMore() throws Exception {
    SimHttp.Answer a = http.get("/v2/calls?" + http.allRange());
    JsonNode rec = a.json().get("records");
    assertThat(rec.get("totalRecords").asInt()).isEqualTo(350);
    assertThat(rec.get("currentPageSize").asInt()).isEqualTo(100);
    assertThat(rec.get("currentPageNumber").asInt()).isEqualTo(0);
    assertThat(rec.get("cursor").asText()).isNotBlank();
  }

  @Test
  void callsAddedBetweenPagesAreNeitherLostNorRepeated() throws Exception {
    GongSimulator own =
        GongSimulator.builder().calls(250).seed(3).rateLimitPerSecond(0).dailyLimit(0).start();
    try (own) {
      SimHttp h = new SimHttp(own);
      String range = h.allRange();
      SimHttp.Answer first = h.get("/v2/calls?" + range);
      JsonNode firstCalls = first.json().get("calls");
      String lastSeenStart = firstCalls.get(99).get("started").asText();
      String user = AddCallTest.activeUser(h);
      // one call before the cursor position (must not appear later), one far after it (must
      // appear).
      String early =
          AddCallTest.addCall(h, "early-1", firstCalls.get(0).get("started").asText(), user);
      String late =
          AddCallTest.addCall(
              h, "late-1", Instant.parse(lastSeenStart).plusSeconds(3600).toString(), user);
      List<String> ids = new ArrayList<>();
      firstCalls.forEach(c -> ids.add(c.get("id").asText()));
      String cursor = first.json().get("records").get("cursor").asText();
      while (cursor != null) {
        SimHttp.Answer a = h.get("/v2/calls?" + range + "&cursor=" + SimHttp.q(cursor));
        a.json().get("calls").forEach(c -> ids.add(c.get("id").asText()));
        cursor =
            a.json().get("records").has("cursor")
                ? a.json().get("records").get("cursor").asText()
                : null;
      }
      assertThat(new HashSet<>(ids)).hasSize(ids.size());
      assertThat(ids).contains(late).doesNotContain(early).hasSize(251);
      // a fresh listing sees both
      assertThat(h.get("/v2/calls?" + range).json().get("records").get("totalRecords").asInt())
          .isEqualTo(252);
    }
  }

  @Test
  void fromIsInclusiveAndToIsExclusive() throws Exception {
    JsonNode some = http.get("/v2/calls?" + http.allRange()).json().get("calls").get(42);
    String started = some.get("started").asText();
    String id = some.get("id").asText();
    Instant t = Instant.parse(started);
    List<JsonNode> from =
        listAll(
            "fromDateTime="
                + SimHttp.q(started)
                + "&toDateTime="
                + SimHttp.q(t.plusMillis(1).toString()));
    assertThat(from).extracting(c -> c.get("id").asText()).contains(id);
    SimHttp.Answer to =
        http.get(
            "/v2/calls?fromDateTime="
                + SimHttp.q(t.minusSeconds(1).toString())
                + "&toDateTime="
                + SimHttp.q(started));
    if (to.status() == 200) {
      assertThat(to.json().get("calls")).noneMatch(c -> c.get("id").asText().equals(id));
    } else {
      assertThat(to.status()).isEqualTo(404);
    }
  }

  @Test
  void offsetsAreHonoured() throws Exception {
    JsonNode some = http.get("/v2/calls?" + http.allRange()).json().get("calls").get(10);
    Instant t = Instant.parse(some.get("started").asText());
    String from = t.atOffset(java.time.ZoneOffset.ofHours(-7)).toString();
    SimHttp.Answer a =
        http.get(
            "/v2/calls?fromDateTime="
                + SimHttp.q(from)
                + "&toDateTime="
                + SimHttp.q(t.plusSeconds(1).atOffset(java.time.ZoneOffset.ofHours(2)).toString()));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("calls"))
        .anyMatch(c -> c.get("id").asText().equals(some.get("id").asText()));
  }

  @Test
  void emptyRangeIs404WithGongText() throws Exception {
    SimHttp.Answer a =
        http.get("/v2/calls?fromDateTime=2001-01-01T00:00:00Z&toDateTime=2001-02-01T00:00:00Z");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.error()).isEqualTo("No calls found corresponding to the provided filters");
  }

  @Test
  void missingOrBadDatesAre400NamingTheField() throws Exception {
    SimHttp.Answer a = http.get("/v2/calls?toDateTime=2026-01-01T00:00:00Z");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("fromDateTime");
    a = http.get("/v2/calls?fromDateTime=2026-01-01T00:00:00Z");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("toDateTime");
    a = http.get("/v2/calls?fromDateTime=yesterday&toDateTime=2026-01-01T00:00:00Z");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("fromDateTime");
    a = http.get("/v2/calls?fromDateTime=2026-01-01T00:00:00&toDateTime=2026-02-01T00:00:00Z");
    assertThat(a.error()).contains("fromDateTime");
    a = http.get("/v2/calls?fromDateTime=2026-02-01T00:00:00Z&toDateTime=2026-01-01T00:00:00Z");
    assertThat(a.status()).isEqualTo(400);
  }

  @Test
  void badCursorIs400NamingCursor() throws Exception {
    SimHttp.Answer a = http.get("/v2/calls?" + http.allRange() + "&cursor=garbage");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).startsWith("cursor");
    String good =
        http.get("/v2/calls?" + http.allRange()).json().get("records").get("cursor").asText();
    String tampered = good.substring(0, good.length() - 2) + (good.endsWith("A") ? "BB" : "AA");
    assertThat(http.get("/v2/calls?" + http.allRange() + "&cursor=" + SimHttp.q(tampered)).status())
        .isEqualTo(400);
    // a users cursor is not a calls cursor
    GongSimulator many = GongSimulator.builder().calls(10).users(150).rateLimitPerSecond(0).start();
    try (many) {
      SimHttp h = new SimHttp(many);
      String uc = h.get("/v2/users").json().get("records").get("cursor").asText();
      assertThat(h.get("/v2/calls?" + h.allRange() + "&cursor=" + SimHttp.q(uc)).status())
          .isEqualTo(400);
    }
  }

  @Test
  void cursorsExpireAnHourAfterTheFirstPage() throws Exception {
    RateLimitTest.ManualClock clock =
        new RateLimitTest.ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
    try (GongSimulator s =
        GongSimulator.builder()
            .calls(300)
            .clock(clock)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .start()) {
      SimHttp h = new SimHttp(s);
      String c1 = h.get("/v2/calls?" + h.allRange()).json().get("records").get("cursor").asText();
      clock.millis.addAndGet(50 * 60_000L);
      SimHttp.Answer p1 = h.get("/v2/calls?" + h.allRange() + "&cursor=" + SimHttp.q(c1));
      assertThat(p1.status()).isEqualTo(200);
      String c2 = p1.json().get("records").get("cursor").asText();
      clock.millis.addAndGet(11 * 60_000L);
      // the sequence began 61 minutes ago: even the fresh second cursor is expired
      SimHttp.Answer expired = h.get("/v2/calls?" + h.allRange() + "&cursor=" + SimHttp.q(c2));
      assertThat(expired.status()).isEqualTo(400);
      assertThat(expired.error()).startsWith("cursor").contains("expired");
    }
  }

  @Test
  void workspaceFilter() throws Exception {
    JsonNode workspaces = http.get("/v2/workspaces").json().get("workspaces");
    int sum = 0;
    for (JsonNode w : workspaces) {
      String id = w.get("id").asText();
      SimHttp.Answer a = http.get("/v2/calls?" + http.allRange() + "&workspaceId=" + id);
      if (a.status() == 404) {
        continue;
      }
      List<JsonNode> calls = listAll(http.allRange() + "&workspaceId=" + id);
      assertThat(calls).allMatch(c -> c.get("workspaceId").asText().equals(id));
      sum += calls.size();
    }
    assertThat(sum).isEqualTo(350);
    assertThat(http.get("/v2/calls?" + http.allRange() + "&workspaceId=abc").status())
        .isEqualTo(400);
  }

  @Test
  void getOneCall() throws Exception {
    JsonNode c = http.get("/v2/calls?" + http.allRange()).json().get("calls").get(5);
    SimHttp.Answer a = http.get("/v2/calls/" + c.get("id").asText());
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("call")).isEqualTo(c);
    assertThat(a.json().has("records")).isFalse();
    SimHttp.Answer missing = http.get("/v2/calls/1234567890123456789");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("requestId").asText()).isNotBlank();
    assertThat(http.get("/v2/calls/abc").status()).isEqualTo(400);
  }

  @Test
  void cachedCallJsonStaysCorrectBeyondTheCacheSize() throws Exception {
    try (GongSimulator big =
        GongSimulator.builder().calls(20_000).seed(5).rateLimitPerSecond(0).dailyLimit(0).start()) {
      SimHttp h = new SimHttp(big);
      java.util.Map<String, JsonNode> first = new java.util.HashMap<>();
      for (int pass = 0; pass < 2; pass++) {
        String cursor = null;
        int n = 0;
        do {
          SimHttp.Answer a =
              h.get(
                  "/v2/calls?"
                      + h.allRange()
                      + (cursor == null ? "" : "&cursor=" + SimHttp.q(cursor)));
          for (JsonNode c : a.json().get("calls")) {
            n++;
            JsonNode prev = first.putIfAbsent(c.get("id").asText(), c);
            if (prev != null) {
              assertThat(c).isEqualTo(prev);
            }
          }
          cursor =
              a.json().get("records").has("cursor")
                  ? a.json().get("records").get("cursor").asText()
                  : null;
        } while (cursor != null);
        assertThat(n).isEqualTo(20_000);
      }
      int k = 0;
      for (JsonNode c : first.values()) {
        if (k++ % 700 == 0) {
          assertThat(h.get("/v2/calls/" + c.get("id").asText()).json().get("call")).isEqualTo(c);
        }
      }
    }
  }

  @Test
  void callFieldsLookReal() throws Exception {
    List<JsonNode> all = listAll(http.allRange());
    Set<String> directions = new HashSet<>();
    Set<String> systems = new HashSet<>();
    for (JsonNode c : all) {
      directions.add(c.get("direction").asText());
      systems.add(c.get("system").asText());
      assertThat(c.get("scope").asText()).isIn("Internal", "External", "Unknown");
      assertThat(c.get("media").asText()).isIn("Video", "Audio");
      assertThat(c.get("duration").isInt()).isTrue();
      assertThat(c.get("primaryUserId").asText()).matches("\\d{19}");
      assertThat(Instant.parse(c.get("started").asText())).isBefore(sim.anchor());
      assertThat(Instant.parse(c.get("started").asText())).isAfter(sim.earliestCallStart());
    }
    assertThat(directions).contains("Conference", "Outbound");
    assertThat(systems.size()).isGreaterThan(2);
  }
}
