package dev.gongconnector.actions;

import static dev.gongconnector.actions.LocalGong.json;
import static dev.gongconnector.actions.LocalGong.wholeRange;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchCallsTest {

  private static LocalGong gong;
  private static ActionRegistry actions;

  @BeforeAll
  static void start() {
    gong = new LocalGong(50);
    actions = gong.registry(false);
  }

  @AfterAll
  static void stop() {
    gong.close();
  }

  private static JsonNode ok(String action, String params) {
    return ResultAssert.ok(actions.execute(action, json(params)));
  }

  private static JsonNode search(String params) {
    return ok("search-calls", "{" + wholeRange() + "," + params + "}");
  }

  /** The longest word of the text, lower-cased. */
  private static String longestWord(String text) {
    String best = "";
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.length() > best.length()) best = w;
    }
    return best.toLowerCase(Locale.ROOT);
  }

  @Test
  void findsAWordSpokenInATranscriptAndSaysWhoSaidIt() {
    JsonNode call =
        ok("list_calls", "{" + wholeRange() + ",\"max_results\":1}").path("calls").get(0);
    JsonNode transcript =
        ok("retrieve_transcripts_of_calls", "{\"call_ids\":[\"" + call.path("id").asText() + "\"]}")
            .path("transcripts")
            .get(0);
    JsonNode sentence = transcript.path("sentences").get(transcript.path("sentences").size() / 2);
    String word = longestWord(sentence.path("text").asText());
    assertThat(word).hasSizeGreaterThan(3);

    JsonNode data =
        search(
            "\"keywords\":[\""
                + word.toUpperCase(Locale.ROOT)
                + "\"],\"page_size\":100,"
                + "\"max_matches_per_call\":100");
    List<String> ids = topLevel(data.path("calls"), "id");
    assertThat(ids).contains(call.path("id").asText());
    for (JsonNode hit : data.path("calls")) {
      assertThat(hit.path("matches")).isNotEmpty();
      for (JsonNode m : hit.path("matches")) {
        assertThat(m.path("text").asText().toLowerCase(Locale.ROOT)).contains(word);
      }
    }
    JsonNode hit = data.path("calls").get(ids.indexOf(call.path("id").asText()));
    List<String> spoken = new ArrayList<>();
    for (JsonNode m : hit.path("matches")) {
      if (m.path("field").asText().equals("transcript")) {
        spoken.add(m.path("speaker").asText() + "@" + m.path("startMs").asLong());
        assertThat(m.path("affiliation").asText()).isIn("Internal", "External");
        assertThat(m.path("startTime").asText()).matches("\\d+:\\d\\d(:\\d\\d)?");
      }
    }
    assertThat(spoken)
        .contains(sentence.path("speaker").asText() + "@" + sentence.path("startMs").asLong());
    assertThat(data.path("pagination").path("totalRecords").asInt()).isEqualTo(ids.size());
    assertThat(data.path("scannedCalls").asInt()).isEqualTo(50);
    assertThat(data.path("truncated").asBoolean()).isFalse();
  }

  @Test
  void matchesTitles() {
    JsonNode call =
        ok("list_calls", "{" + wholeRange() + ",\"max_results\":1}").path("calls").get(0);
    String word = longestWord(call.path("title").asText());
    JsonNode data = search("\"keywords\":\"" + word + "\",\"page_size\":100");
    JsonNode hit = null;
    for (JsonNode c : data.path("calls")) {
      if (c.path("id").asText().equals(call.path("id").asText())) hit = c;
    }
    assertThat(hit).isNotNull();
    assertThat(hit.path("matches").findValuesAsText("field")).contains("title");
  }

  @Test
  void paginatesNewestFirst() {
    JsonNode all = search("\"page_size\":100");
    assertThat(all.path("pagination").path("totalRecords").asInt()).isEqualTo(50);
    JsonNode page1 = search("\"page_size\":3");
    JsonNode page2 = search("\"page\":2,\"page_size\":3");
    assertThat(page2.path("pagination").path("currentPage").asInt()).isEqualTo(2);
    assertThat(page2.path("pagination").path("pageSize").asInt()).isEqualTo(3);
    assertThat(page2.path("pagination").path("totalPages").asInt()).isEqualTo(17);
    List<String> ids = new ArrayList<>(topLevel(page1.path("calls"), "id"));
    ids.addAll(topLevel(page2.path("calls"), "id"));
    assertThat(ids).doesNotHaveDuplicates().hasSize(6);
    List<String> starts = topLevel(all.path("calls"), "started");
    for (int i = 1; i < starts.size(); i++) {
      assertThat(java.time.OffsetDateTime.parse(starts.get(i - 1)))
          .isAfterOrEqualTo(java.time.OffsetDateTime.parse(starts.get(i)));
    }
    JsonNode beyond = search("\"page\":99,\"page_size\":10");
    assertThat(beyond.path("calls")).isEmpty();
  }

  @Test
  void acceptsTheSeedsCommandFormat() {
    JsonNode call =
        ok("list_calls", "{" + wholeRange() + ",\"max_results\":1}").path("calls").get(0);
    String host = call.path("primaryUserId").asText();
    JsonNode data =
        ok(
            "search-calls",
            "{\"from-date\":\""
                + LocalGong.ANCHOR.minusDays(200)
                + "T00:00:00-08:00\","
                + "\"to-date\":\""
                + LocalGong.ANCHOR
                + "T23:59:59-08:00\",\"primary-user-ids\":\"[\\\""
                + host
                + "\\\"]\","
                + "\"keywords\":\"[\\\"sales\\\", \\\"demo\\\"]\",\"context\":\"Extended\",\"include-content\":\"true\","
                + "\"include-media\":true}");
    assertThat(data.path("keywords")).hasSize(2);
    for (JsonNode c : data.path("calls")) {
      assertThat(c.path("primaryUser").path("userId").asText()).isEqualTo(host);
      assertThat(c.path("media").path("audioUrl").asText()).startsWith("http");
      assertThat(c.has("content")).isTrue();
    }
  }

  @Test
  void noMatchIsAnEmptySuccess() {
    long extensive = gong.sim.requestCount("/v2/calls/extensive");
    long transcripts = gong.sim.requestCount("/v2/calls/transcript");
    JsonNode data = search("\"keywords\":[\"zzyzxqwv\"]");
    // The minimum for 50 calls: one page of extensive data, one batch of transcripts.
    assertThat(gong.sim.requestCount("/v2/calls/extensive") - extensive).isEqualTo(1);
    assertThat(gong.sim.requestCount("/v2/calls/transcript") - transcripts).isEqualTo(1);
    assertThat(data.path("calls")).isEmpty();
    assertThat(data.path("pagination").path("totalRecords").asInt()).isZero();
  }

  @Test
  void boundsTheScanAndSaysSo() {
    JsonNode data = search("\"max_calls\":10");
    assertThat(data.path("scannedCalls").asInt()).isEqualTo(10);
    assertThat(data.path("truncated").asBoolean()).isTrue();
    assertThat(data.path("note").asText()).contains("max_calls", "of 50");
    assertThat(data.path("callsInRange").asInt()).isEqualTo(50);
  }

  @Test
  void searchCriteriaCarriesParameters() {
    JsonNode data =
        ok(
            "search_calls",
            "{\"search_criteria\":\"{\\\"from_date\\\":\\\""
                + LocalGong.ANCHOR.minusDays(200)
                + "\\\",\\\"to_date\\\":\\\""
                + LocalGong.ANCHOR
                + "\\\",\\\"page_size\\\":5}\"}");
    assertThat(data.path("pagination").path("pageSize").asInt()).isEqualTo(5);
    assertThat(data.path("pagination").path("totalRecords").asInt()).isEqualTo(50);
    JsonNode text = search("\"search_criteria\":\"zzyzxqwv, other words\"");
    assertThat(text.path("keywords").get(0).asText()).isEqualTo("zzyzxqwv");
    assertThat(text.path("keywords").get(1).asText()).isEqualTo("other words");
    JsonNode array = search("\"search_criteria\":\"[\\\"zzyzxqwv\\\"]\"");
    assertThat(array.path("keywords")).hasSize(1);
    ActionError e =
        ResultAssert.failed(
            actions.execute("search_calls", json("{\"search_criteria\":\"{\\\"page\\\":0}\"}")),
            "invalid_parameter");
    assertThat(e.parameter()).isEqualTo("page");
    assertThat(e.message()).contains("search_criteria");
  }

  /** The field of each call itself (a call's parties have ids too). */
  private static List<String> topLevel(JsonNode calls, String field) {
    List<String> out = new ArrayList<>();
    calls.forEach(c -> out.add(c.path(field).asText()));
    return out;
  }
}
