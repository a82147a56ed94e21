package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtensiveAndTranscriptTest {

  static GongSimulator sim;
  static SimHttp http;

  static final String EVERYTHING =
      "{\"context\":\"Extended\",\"contextTiming\":[\"Now\",\"TimeOfCall\"],"
          + "\"exposedFields\":{\"parties\":true,\"media\":true,"
          + "\"content\":{\"structure\":true,\"topics\":true,\"trackers\":true,\"trackerOccurrences\":true,"
          + "\"pointsOfInterest\":true,\"brief\":true,\"outline\":true,\"highlights\":true,\"callOutcome\":true,\"keyPoints\":true},"
          + "\"interaction\":{\"speakers\":true,\"video\":true,\"personInteractionStats\":true,\"questions\":true},"
          + "\"collaboration\":{\"publicComments\":true}}}";

  @BeforeAll
  static void start() {
    sim = GongSimulator.builder().calls(230).seed(11).rateLimitPerSecond(0).dailyLimit(0).start();
    http = new SimHttp(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void bareFilterReturnsMetaDataOnly() throws Exception {
    SimHttp.Answer a = http.post("/v2/calls/extensive", "{\"filter\":{}}");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("records").get("totalRecords").asInt()).isEqualTo(230);
    JsonNode call = a.json().get("calls").get(0);
    assertThat(call.fieldNames()).toIterable().containsExactly("metaData");
    assertThat(call.get("metaData").get("id").asText()).matches("\\d{19}");
  }

  @Test
  void missingFilterIs400() throws Exception {
    SimHttp.Answer a = http.post("/v2/calls/extensive", "{}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("filter");
    assertThat(http.post("/v2/calls/transcript", "{}").error()).contains("filter");
    assertThat(http.post("/v2/calls/extensive", "{\"filter\":[]}").status()).isEqualTo(400);
  }

  @Test
  void onlySelectedPartsComeBack() throws Exception {
    SimHttp.Answer a =
        http.post(
            "/v2/calls/extensive",
            "{\"filter\":{},\"contentSelector\":{\"exposedFields\":"
                + "{\"content\":{\"topics\":true},\"interaction\":{\"questions\":true}}}}");
    for (JsonNode c : a.json().get("calls")) {
      assertThat(c.fieldNames())
          .toIterable()
          .containsExactlyInAnyOrder("metaData", "content", "interaction");
      assertThat(c.get("content").fieldNames()).toIterable().containsExactly("topics");
      assertThat(c.get("interaction").fieldNames()).toIterable().containsExactly("questions");
    }
    SimHttp.Answer p =
        http.post(
            "/v2/calls/extensive",
            "{\"filter\":{},\"contentSelector\":{\"exposedFields\":{\"parties\":true}}}");
    assertThat(p.json().get("calls").get(0).has("parties")).isTrue();
    assertThat(p.json().get("calls").get(0).has("content")).isFalse();
    assertThat(p.json().get("calls").get(0).get("parties").get(0).has("context")).isFalse();
  }

  @Test
  void everythingSelectedIsConsistent() throws Exception {
    JsonNode calls =
        http.post("/v2/calls/extensive", "{\"filter\":{},\"contentSelector\":" + EVERYTHING + "}")
            .json()
            .get("calls");
    int withParties = 0;
    int trackerHits = 0;
    Set<String> topicNames = new HashSet<>();
    for (JsonNode c : calls) {
      assertThat(c.fieldNames())
          .toIterable()
          .contains(
              "metaData", "parties", "content", "interaction", "collaboration", "media", "context");
      JsonNode content = c.get("content");
      assertThat(content.fieldNames())
          .toIterable()
          .containsExactlyInAnyOrder(
              "structure",
              "topics",
              "trackers",
              "pointsOfInterest",
              "brief",
              "outline",
              "highlights",
              "callOutcome",
              "keyPoints");
      content.get("topics").forEach(t -> topicNames.add(t.get("name").asText()));
      Set<String> speakerIds = new HashSet<>();
      c.get("parties")
          .forEach(
              p -> {
                if (p.has("speakerId")) {
                  speakerIds.add(p.get("speakerId").asText());
                }
                assertThat(p.get("affiliation").asText()).isIn("Internal", "External", "Unknown");
              });
      if (!c.get("parties").isEmpty()) {
        withParties++;
        for (JsonNode t : content.get("trackers")) {
          assertThat(t.get("type").asText()).isIn("KEYWORD", "SMART");
          assertThat(t.get("occurrences")).hasSize(t.get("count").asInt());
          for (JsonNode o : t.get("occurrences")) {
            trackerHits++;
            assertThat(o.get("startTime").isNumber()).isTrue();
            assertThat(speakerIds).contains(o.get("speakerId").asText());
          }
        }
      }
      assertThat(c.get("interaction").get("questions").has("companyCount")).isTrue();
      assertThat(c.get("media").get("audioUrl").asText()).startsWith("https://");
      if (c.get("metaData").get("scope").asText().equals("External")) {
        JsonNode objects = c.get("context").get(0).get("objects");
        assertThat(objects).extracting(o -> o.get("timing").asText()).contains("Now", "TimeOfCall");
        assertThat(objects)
            .extracting(o -> o.get("objectType").asText())
            .contains("Opportunity", "Account");
      }
    }
    assertThat(withParties).isGreaterThan(calls.size() * 8 / 10);
    assertThat(trackerHits).isGreaterThan(100);
    assertThat(topicNames).contains("Pricing", "Next Steps");
  }

  @Test
  void transcriptSpeakersMatchParties() throws Exception {
    JsonNode ext =
        http.post(
                "/v2/calls/extensive",
                "{\"filter\":{},\"contentSelector\":{\"exposedFields\":{\"parties\":true}}}")
            .json()
            .get("calls");
    Map<String, Set<String>> speakersByCall = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (JsonNode c : ext) {
      Set<String> s = new HashSet<>();
      c.get("parties")
          .forEach(
              p -> {
                if (p.has("speakerId")) {
                  s.add(p.get("speakerId").asText());
                }
              });
      String id = c.get("metaData").get("id").asText();
      speakersByCall.put(id, s);
      if (ids.size() < 40) {
        ids.add(id);
      }
    }
    JsonNode tr =
        http.post(
                "/v2/calls/transcript",
                "{\"filter\":{\"callIds\":" + SimHttp.JSON.writeValueAsString(ids) + "}}")
            .json()
            .get("callTranscripts");
    assertThat(tr).hasSize(40);
    int matched = 0;
    for (JsonNode t : tr) {
      Set<String> parties = speakersByCall.get(t.get("callId").asText());
      Set<String> voices = new HashSet<>();
      long lastEnd = -1;
      for (JsonNode m : t.get("transcript")) {
        voices.add(m.get("speakerId").asText());
        assertThat(m.get("topic").asText()).isNotBlank();
        for (JsonNode s : m.get("sentences")) {
          assertThat(s.get("start").asLong()).isGreaterThan(lastEnd);
          assertThat(s.get("end").asLong()).isGreaterThan(s.get("start").asLong());
          lastEnd = s.get("end").asLong();
          assertThat(s.get("text").asText()).isNotBlank();
        }
      }
      if (!parties.isEmpty() && !voices.isEmpty()) {
        assertThat(parties).containsAll(voices);
        assertThat(voices.size()).isGreaterThanOrEqualTo(2);
        matched++;
      }
    }
    assertThat(matched).isGreaterThan(30);
  }

  @Test
  void filtersByCallIdsAndPrimaryUsers() throws Exception {
    JsonNode first = http.post("/v2/calls/extensive", "{\"filter\":{}}").json().get("calls");
    String id = first.get(3).get("metaData").get("id").asText();
    String host = first.get(3).get("metaData").get("primaryUserId").asText();
    JsonNode one =
        http.post("/v2/calls/extensive", "{\"filter\":{\"callIds\":[\"" + id + "\"]}}").json();
    assertThat(one.get("calls")).hasSize(1);
    assertThat(one.get("records").get("totalRecords").asInt()).isEqualTo(1);
    JsonNode byHost =
        http.post("/v2/calls/extensive", "{\"filter\":{\"primaryUserIds\":[\"" + host + "\"]}}")
            .json();
    assertThat(byHost.get("calls"))
        .allMatch(c -> c.get("metaData").get("primaryUserId").asText().equals(host));
    assertThat(
            http.post("/v2/calls/extensive", "{\"filter\":{\"callIds\":[\"1000000000000000001\"]}}")
                .status())
        .isEqualTo(404);
    assertThat(http.post("/v2/calls/extensive", "{\"filter\":{\"callIds\":\"x\"}}").error())
        .contains("filter.callIds");
    assertThat(http.post("/v2/calls/extensive", "{\"filter\":{\"fromDateTime\":\"soon\"}}").error())
        .contains("filter.fromDateTime");
    // with callIds, only calls that also fall in the period are returned
    String started = first.get(3).get("metaData").get("started").asText();
    assertThat(
            http.post(
                    "/v2/calls/transcript",
                    "{\"filter\":{\"callIds\":[\""
                        + id
                        + "\"],\"toDateTime\":\""
                        + started
                        + "\"}}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void pagingThroughBodyCursorAndQueryCursorIgnored() throws Exception {
    SimHttp.Answer p0 = http.post("/v2/calls/extensive", "{\"filter\":{}}");
    String cursor = p0.json().get("records").get("cursor").asText();
    Set<String> ids = new HashSet<>();
    p0.json().get("calls").forEach(c -> ids.add(c.get("metaData").get("id").asText()));
    // a cursor in the query string of a POST is ignored: page 0 again (Gong's behaviour)
    SimHttp.Answer again =
        http.post("/v2/calls/extensive?cursor=" + SimHttp.q(cursor), "{\"filter\":{}}");
    assertThat(again.json().get("records").get("currentPageNumber").asInt()).isZero();
    int pages = 1;
    while (cursor != null) {
      SimHttp.Answer p =
          http.post("/v2/calls/extensive", "{\"filter\":{},\"cursor\":\"" + cursor + "\"}");
      assertThat(p.json().get("records").get("currentPageNumber").asInt()).isEqualTo(pages++);
      p.json()
          .get("calls")
          .forEach(c -> assertThat(ids.add(c.get("metaData").get("id").asText())).isTrue());
      cursor =
          p.json().get("records").has("cursor")
              ? p.json().get("records").get("cursor").asText()
              : null;
    }
    assertThat(ids).hasSize(230);
    assertThat(http.post("/v2/calls/extensive", "{\"filter\":{},\"cursor\":\"nope\"}").error())
        .startsWith("cursor");
    assertThat(http.post("/v2/calls/transcript", "{\"filter\":{},\"cursor\":12}").error())
        .startsWith("cursor");
  }

  @Test
  void transcriptQuirks() throws Exception {
    String ws = http.get("/v2/workspaces").json().get("workspaces").get(0).get("id").asText();
    assertThat(http.post("/v2/calls/transcript", "{\"filter\":{\"callIds\":[]}}").error())
        .contains("callIds");
    assertThat(
            http.post(
                    "/v2/calls/transcript",
                    "{\"filter\":{\"callIds\":[\"1\"],\"workspaceId\":\"" + ws + "\"}}")
                .error())
        .contains("workspaceId");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(Long.toString(1_000_000_000_000_000_000L + i));
    }
    assertThat(
            http.post(
                    "/v2/calls/transcript",
                    "{\"filter\":{\"callIds\":" + SimHttp.JSON.writeValueAsString(many) + "}}")
                .error())
        .contains("100");
  }

  @Test
  void selectorValidation() throws Exception {
    assertThat(
            http.post(
                    "/v2/calls/extensive",
                    "{\"filter\":{},\"contentSelector\":{\"context\":\"All\"}}")
                .error())
        .contains("contentSelector.context");
    assertThat(
            http.post(
                    "/v2/calls/extensive",
                    "{\"filter\":{},\"contentSelector\":{\"exposedFields\":{\"content\":{\"topics\":\"yes\"}}}}")
                .error())
        .contains("contentSelector.exposedFields.content.topics");
    assertThat(
            http.post(
                    "/v2/calls/extensive",
                    "{\"filter\":{},\"contentSelector\":{\"contextTiming\":[\"Now\"]}}")
                .error())
        .contains("contextTiming");
  }
}
