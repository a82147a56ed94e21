package dev.gongconnector.actions;

import static dev.gongconnector.actions.LocalGong.json;
import static dev.gongconnector.actions.LocalGong.wholeRange;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadActionsTest {

  private static LocalGong gong;
  private static ActionRegistry actions;

  @BeforeAll
  static void start() {
    gong = new LocalGong(120);
    actions = gong.registry(false);
  }

  @AfterAll
  static void stop() {
    gong.close();
  }

  private static JsonNode ok(String action, String params) {
    return ResultAssert.ok(actions.execute(action, json(params)));
  }

  private static JsonNode anyCall() {
    return ok("list_calls", "{" + wholeRange() + ",\"max_results\":1}").path("calls").get(0);
  }

  @Test
  void listsWorkspaces() {
    JsonNode data = ok("list_workspace_id_options", "{}");
    assertThat(data.path("count").asInt()).isPositive();
    for (JsonNode w : data.path("workspaces")) {
      assertThat(w.path("id").asText()).matches("\\d+");
      assertThat(w.path("name").asText()).isNotBlank();
    }
  }

  @Test
  void listsAndFindsUsers() {
    JsonNode all = ok("list_users", "{}");
    assertThat(all.path("count").asInt()).isPositive();
    JsonNode first = all.path("users").get(0);
    String name = first.path("name").asText();
    JsonNode found = ok("list_users", "{\"query\":\"" + name.toUpperCase() + "\"}");
    assertThat(found.path("users").findValuesAsText("id")).contains(first.path("id").asText());
    JsonNode limited = ok("list_users", "{\"max_results\":2}");
    assertThat(limited.path("users")).hasSize(2);
    assertThat(limited.path("truncated").asBoolean()).isTrue();
    JsonNode user = ok("get_user", "{\"id\":\"" + first.path("id").asText() + "\"}");
    assertThat(user.path("emailAddress").asText()).isEqualTo(first.path("emailAddress").asText());
  }

  @Test
  void unknownUserIsNotFoundWithGongsRequestId() {
    ActionError e =
        ResultAssert.failed(
            actions.execute("get_user", json("{\"user_id\":\"999\"}")), "not_found");
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.requestId()).isNotBlank();
  }

  @Test
  void listsCallsOfARangeAndSaysWhenTruncated() {
    long before = gong.sim.requestCount("/v2/calls");
    JsonNode all = ok("list_calls", "{" + wholeRange() + "}");
    assertThat(all.path("count").asInt()).isEqualTo(100);
    assertThat(all.path("truncated").asBoolean()).isTrue();
    assertThat(all.path("totalRecords").asInt()).isEqualTo(120);
    // Newest first: the 100 most recent of the 120, walking the range backward in windows, at most
    // ceil(100/100) + 3 requests.
    assertThat(gong.sim.requestCount("/v2/calls") - before).isLessThanOrEqualTo(4);
    assertThat(all.path("order").asText()).isEqualTo("newest_first");
    List<String> starts = new ArrayList<>();
    all.path("calls").forEach(c -> starts.add(c.path("started").asText()));
    assertThat(starts).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(all.path("covered").path("from").asText()).isNotBlank();
    // Oldest first is Gong's order: one page of 100, its cursor says more exist.
    before = gong.sim.requestCount("/v2/calls");
    JsonNode oldest = ok("list_calls", "{" + wholeRange() + ",\"order\":\"oldest_first\"}");
    assertThat(gong.sim.requestCount("/v2/calls") - before).isEqualTo(1);
    assertThat(oldest.path("truncated").asBoolean()).isTrue();
    JsonNode more0 = ok("list_calls", "{" + wholeRange() + ",\"max_results\":1000}");
    List<String> newestIds = new ArrayList<>();
    more0.path("calls").forEach(c -> newestIds.add(c.path("id").asText()));
    List<String> got = new ArrayList<>();
    all.path("calls").forEach(c -> got.add(c.path("id").asText()));
    assertThat(got).isEqualTo(newestIds.subList(0, 100));
    JsonNode more = ok("list_calls", "{" + wholeRange() + ",\"max_results\":1000}");
    assertThat(more.path("count").asInt()).isEqualTo(120);
    assertThat(more.path("truncated").asBoolean()).isFalse();
    JsonNode call = more.path("calls").get(0);
    assertThat(call.path("id").asText()).matches("\\d+");
    assertThat(call.path("started").asText()).isNotBlank();
    assertThat(more.path("range").path("to").asText())
        .isEqualTo(LocalGong.ANCHOR.plusDays(1) + "T00:00:00Z");
  }

  @Test
  void emptyRangeIsAnEmptyList() {
    JsonNode none = ok("list_calls", "{\"from_date\":\"2010-01-01\",\"to_date\":\"2010-01-31\"}");
    assertThat(none.path("count").asInt()).isZero();
    assertThat(none.path("calls")).isEmpty();
  }

  @Test
  void badDatesAreRefusedBeforeAnyRequest() {
    long before = gong.sim.requestCount();
    ActionError e =
        ResultAssert.failed(
            actions.execute("list_calls", json("{\"from_date\":\"last tuesday\"}")),
            "invalid_parameter");
    assertThat(e.parameter()).isEqualTo("from_date");
    e =
        ResultAssert.failed(
            actions.execute(
                "list_calls", json("{\"from_date\":\"2025-02-01\",\"to_date\":\"2025-01-01\"}")),
            "invalid_parameter");
    assertThat(e.parameter()).isEqualTo("to_date");
    e =
        ResultAssert.failed(
            actions.execute("list_calls", json("{\"colour\":\"red\"}")), "invalid_parameter");
    assertThat(e.parameter()).isEqualTo("colour");
    assertThat(e.message()).contains("from_date", "to_date", "workspace_id", "max_results");
    assertThat(gong.sim.requestCount()).isEqualTo(before);
  }

  @Test
  void getsACallInTheSeedShape() {
    String id = anyCall().path("id").asText();
    JsonNode call = ok("get_call", "{\"call-id\":\"" + id + "\"}");
    assertThat(call.path("id").asText()).isEqualTo(id);
    assertThat(call.path("title").asText()).isNotBlank();
    assertThat(call.path("started").asText()).isNotBlank();
    assertThat(call.path("duration").asLong()).isPositive();
    assertThat(call.path("primaryUser").path("userId").asText()).isNotBlank();
    assertThat(call.path("primaryUser").path("name").asText()).isNotBlank();
    assertThat(call.path("parties")).isNotEmpty();
    assertThat(call.path("parties").findValuesAsText("affiliation")).contains("Internal");
    assertThat(call.path("direction").asText())
        .isIn("Inbound", "Outbound", "Conference", "Unknown");
    assertThat(call.has("media")).isFalse();
    assertThat(call.has("content")).isFalse();

    JsonNode rich =
        ok(
            "get_call",
            "{\"call_id\":\"" + id + "\",\"include_media\":true,\"include_content\":true}");
    assertThat(rich.path("media").path("audioUrl").asText()).startsWith("http");
    assertThat(rich.path("content").path("topics")).isNotEmpty();
  }

  @Test
  void idsMustBeGongIds() {
    long before = gong.sim.requestCount();
    ActionError e =
        ResultAssert.failed(
            actions.execute("get_call", json("{\"call_id\":\"generated_call_id_67890\"}")),
            "invalid_parameter");
    assertThat(e.parameter()).isEqualTo("call_id");
    assertThat(e.message()).contains("20 digits");
    e =
        ResultAssert.failed(
            actions.execute("search_calls", json("{\"primary_user_ids\":[\"123\",\"bob\"]}")),
            "invalid_parameter");
    assertThat(e.parameter()).isEqualTo("primary_user_ids");
    assertThat(gong.sim.requestCount()).isEqualTo(before);
    assertThat(
            actions
                .find("get_call")
                .orElseThrow()
                .inputSchema()
                .at("/properties/call_id/pattern")
                .asText())
        .isEqualTo("^[0-9]{1,20}$");
  }

  @Test
  void unknownCallIsNotFound() {
    ActionError e =
        ResultAssert.failed(
            actions.execute("get-call", json("{\"call_id\":\"123\"}")), "not_found");
    assertThat(e.status()).isEqualTo(404);
    ActionError missing =
        ResultAssert.failed(actions.execute("get-call", json("{}")), "invalid_parameter");
    assertThat(missing.parameter()).isEqualTo("call_id");
  }

  @Test
  void extensiveDataHonoursSelectorsAndBounds() {
    JsonNode data =
        ok(
            "get_extensive_data",
            "{"
                + wholeRange()
                + ",\"max_results\":5,\"include_parties\":true,"
                + "\"content\":{\"topics\":true,\"brief\":true},\"interaction\":\"speakers,questions\"}");
    assertThat(data.path("count").asInt()).isEqualTo(5);
    assertThat(data.path("truncated").asBoolean()).isTrue();
    assertThat(data.path("totalRecords").asInt()).isEqualTo(120);
    JsonNode call = data.path("calls").get(0);
    assertThat(call.path("metaData").path("id").asText()).isNotBlank();
    assertThat(call.path("parties")).isNotEmpty();
    assertThat(call.path("content").path("topics")).isNotEmpty();
    assertThat(call.path("content").has("trackers")).isFalse();
    assertThat(call.path("interaction").path("speakers")).isNotEmpty();
    assertThat(call.has("media")).isFalse();

    JsonNode byId =
        ok(
            "get_extensive_data",
            "{\"call_ids\":\"[\\\"" + call.path("metaData").path("id").asText() + "\\\"]\"}");
    assertThat(byId.path("count").asInt()).isEqualTo(1);

    JsonNode defaults = ok("get_extensive_data", "{" + wholeRange() + "}");
    assertThat(defaults.path("count").asInt()).isEqualTo(120);
    assertThat(defaults.path("maxResults").asInt()).isEqualTo(600);
  }

  @Test
  void contextTimingNeedsExtendedContext() {
    ActionError e =
        ResultAssert.failed(
            actions.execute(
                "get_extensive_data", json("{\"context\":\"basic\",\"context_timing\":[\"Now\"]}")),
            "invalid_parameter");
    assertThat(e.parameter()).isEqualTo("context_timing");
    JsonNode data =
        ok(
            "get_extensive_data",
            "{"
                + wholeRange()
                + ",\"max_results\":2,\"context\":\"extended\","
                + "\"context_timing\":[\"Now\",\"TimeOfCall\"]}");
    assertThat(data.path("count").asInt()).isEqualTo(2);
  }

  @Test
  void transcriptsNameTheSpeakers() {
    String id = anyCall().path("id").asText();
    JsonNode data = ok("retrieve_transcripts_of_calls", "{\"call_ids\":[\"" + id + "\"]}");
    assertThat(data.path("count").asInt()).isEqualTo(1);
    JsonNode t = data.path("transcripts").get(0);
    assertThat(t.path("callId").asText()).isEqualTo(id);
    assertThat(t.path("title").asText()).isNotBlank();
    assertThat(t.path("sentences")).isNotEmpty();
    JsonNode sentence = t.path("sentences").get(0);
    assertThat(sentence.path("speaker").asText()).isNotBlank().doesNotStartWith("Speaker ");
    assertThat(sentence.path("affiliation").asText()).isIn("Internal", "External");
    assertThat(sentence.path("text").asText()).isNotBlank();
    assertThat(t.path("speakers")).isNotEmpty();
    assertThat(data.has("missingCallIds")).isFalse();

    JsonNode withUnknown =
        ok("retrieve_transcripts_of_calls", "{\"call_ids\":[\"" + id + "\",\"1234567890123\"]}");
    assertThat(withUnknown.path("count").asInt()).isEqualTo(1);
    assertThat(withUnknown.path("missingCallIds"))
        .extracting(JsonNode::asText)
        .containsExactly("1234567890123");
    assertThat(withUnknown.path("note").asText()).contains("1 of the requested call ids");

    JsonNode cut =
        ok(
            "retrieve_transcripts_of_calls",
            "{\"call_ids\":\"" + id + "\",\"max_sentences_per_call\":2}");
    assertThat(cut.path("transcripts").get(0).path("sentences")).hasSize(2);
    assertThat(cut.path("transcripts").get(0).path("truncated").asBoolean()).isTrue();
    assertThat(cut.path("transcripts").get(0).path("sentenceCount").asInt()).isGreaterThan(2);
  }

  @Test
  void transcriptsAsReadableText() {
    String id = anyCall().path("id").asText();
    JsonNode sentences =
        ok("retrieve_transcripts_of_calls", "{\"call_ids\":[\"" + id + "\"]}")
            .path("transcripts")
            .get(0);
    JsonNode text =
        ok("retrieve_transcripts_of_calls", "{\"call_ids\":[\"" + id + "\"],\"format\":\"text\"}")
            .path("transcripts")
            .get(0);
    String first = sentences.path("sentences").get(0).path("speaker").asText();
    assertThat(text.path("text").asText()).startsWith("[0:").contains(first + " (");
    assertThat(text.path("text").asText())
        .contains(sentences.path("sentences").get(0).path("text").asText());
    assertThat(text.has("sentences")).isFalse();
    assertThat(text.toString().length()).isLessThan(sentences.toString().length());
  }

  @Test
  void transcriptsOfARangeAreBounded() {
    JsonNode data = ok("retrieve_transcripts_of_calls", "{" + wholeRange() + ",\"max_calls\":3}");
    assertThat(data.path("count").asInt()).isEqualTo(3);
    assertThat(data.path("truncated").asBoolean()).isTrue();
    ActionError e =
        ResultAssert.failed(
            actions.execute(
                "retrieve_transcripts_of_calls",
                json("{\"call_ids\":[\"1\"],\"workspace_id\":\"2\"}")),
            "invalid_parameter");
    assertThat(e.parameter()).isEqualTo("workspace_id");
  }

  @Test
  void boundedListsSayHowManyGongHasAndWhetherTheyWereCut() {
    JsonNode logs =
        ok("get_audit_logs", "{\"log_type\":\"AccessLog\"," + wholeRange() + ",\"limit\":2}");
    assertThat(logs.path("logEntries")).hasSize(2);
    assertThat(logs.path("count").asInt()).isEqualTo(2);
    assertThat(logs.path("totalRecords").asInt()).isGreaterThan(2);
    assertThat(logs.path("truncated").asBoolean()).isTrue();
    JsonNode all =
        ok(
            "get_audit_logs",
            "{\"log_type\":\"AccessLog\","
                + wholeRange()
                + ",\"max_results\":"
                + logs.path("totalRecords").asInt()
                + "}");
    assertThat(all.path("count").asInt()).isEqualTo(logs.path("totalRecords").asInt());
    assertThat(all.path("truncated").asBoolean()).isFalse();
    // Filtered here: no Gong total, but an empty list is still a list.
    JsonNode none = ok("list_users", "{\"query\":\"no such person anywhere\"}");
    assertThat(none.path("users").isArray()).isTrue();
    assertThat(none.path("count").asInt()).isZero();
    assertThat(none.has("totalRecords")).isFalse();
    assertThat(none.path("truncated").asBoolean()).isFalse();
  }

  @Test
  void crossParameterRulesAreCheckedBeforeAnythingIsSent() {
    long before = gong.sim.requestCount();
    for (String[] c :
        new String[][] {
          {"lookup_privacy_data", "{\"email_address\":\"a@b.c\",\"phone\":\"+1 415\"}"},
          {"find_calls_by_crm", "{}"},
          {
            "get_audit_logs",
            "{\"log_type\":\"AccessLog\",\"from_date\":\"2025-02-01\","
                + "\"to_date\":\"2025-01-01\"}"
          },
          {"list_permission_profiles", "{}"},
          {"get_activity_by_period", "{}"},
        }) {
      ResultAssert.failed(actions.execute(c[0], json(c[1])), "invalid_parameter");
    }
    assertThat(gong.sim.requestCount()).isEqualTo(before);
  }
}
