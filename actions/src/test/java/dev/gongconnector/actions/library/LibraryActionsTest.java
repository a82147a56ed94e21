package dev.gongconnector.actions.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.CallLibrary;
import dev.gongconnector.simulator.GongSimulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search_transcripts and search_calls with and without a local library, against the local Gong. */
class LibraryActionsTest {

  static GongSimulator sim;
  static GongClient client;
  @TempDir static Path root;
  static ActionRegistry actions;
  static String from;

  @BeforeAll
  static void start() {
    sim = GongSimulator.builder().calls(40).seed(11).rateLimitPerSecond(0).dailyLimit(0).start();
    client =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .rateLimitPerSecond(0)
            .build();
    actions = ActionRegistry.builder(client).library(root).build();
    from = sim.earliestCallStart().toString();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static JsonNode ok(String action, String params) throws Exception {
    ActionResult r = actions.execute(action, Json.mapper().readTree(params));
    assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
    return r.data();
  }

  static List<String> ids(JsonNode data, String idField) {
    List<String> out = new ArrayList<>();
    data.path("calls").forEach(c -> out.add(c.path(idField).asText()));
    return out;
  }

  void sync() throws Exception {
    JsonNode r = ok("sync_library", "{\"from_date\":\"" + from + "\"}");
    assertThat(r.path("completed").asBoolean()).isTrue();
    assertThat(r.path("callsInStore").asInt()).isEqualTo(40);
    assertThat(r.path("requestsUsed").asInt())
        .isEqualTo(r.path("minimumRequests").asInt())
        .isEqualTo(2);
    assertThat(r.path("store").asText()).isEqualTo(CallLibrary.storeFor(root, client).toString());
  }

  @Test
  void bothPathsAnswerAlikeAndSayWhichWasUsed() throws Exception {
    String params =
        "{\"query\":\"pricing OR integration\",\"from_date\":\""
            + from
            + "\",\"limit\":5,"
            + "\"affiliation\":\"External\"}";
    JsonNode api = ok("search_transcripts", params.replace("}", ",\"source\":\"api\"}"));
    assertThat(api.path("source").asText()).isEqualTo("gong-api");
    assertThat(api.path("scannedCalls").asInt()).isEqualTo(40);
    assertThat(api.path("truncated").asBoolean()).isFalse();
    assertThat(api.path("calls")).isNotEmpty();
    api.path("calls")
        .forEach(
            c ->
                c.path("sentences")
                    .forEach(
                        s -> {
                          assertThat(s.path("affiliation").asText()).isEqualTo("External");
                          assertThat(s.path("text").asText()).contains("**");
                        }));

    sync();
    JsonNode local = ok("search_transcripts", params);
    assertThat(local.path("source").asText()).isEqualTo("local-library");
    assertThat(ids(local, "id")).isEqualTo(ids(api, "id"));
    assertThat(local.path("library").path("syncedThrough").asText()).isNotEmpty();

    // search_calls: keywords answered locally, same call shape as Gong's path plus matches.
    JsonNode calls =
        ok("search_calls", "{\"keywords\":[\"pricing\"],\"from_date\":\"" + from + "\"}");
    assertThat(calls.path("source").asText()).isEqualTo("local-library");
    JsonNode first = calls.path("calls").get(0);
    assertThat(first.path("id").asText()).isNotEmpty();
    assertThat(first.path("parties")).isNotEmpty();
    assertThat(first.path("matches")).isNotEmpty();
    assertThat(first.path("matches").get(0).path("text").asText()).containsIgnoringCase("**pric");

    // The same query gives the same call set from the library and from the API, in the same order.
    for (String k :
        new String[] {
          "pricing", "security review", "competitors", "budget", "next step", "legal"
        }) {
      String q = "{\"keywords\":[\"" + k + "\"],\"from_date\":\"" + from + "\",\"page_size\":100";
      JsonNode lib = ok("search_calls", q + ",\"source\":\"library\"}");
      JsonNode viaApi = ok("search_calls", q + ",\"source\":\"api\"}");
      assertThat(lib.path("source").asText()).isEqualTo("local-library");
      assertThat(viaApi.path("source").asText()).isEqualTo("gong-api");
      assertThat(ids(lib, "id")).as(k).isEqualTo(ids(viaApi, "id"));
      assertThat(lib.path("scannedCalls").asInt()).isEqualTo(40);
      assertThat(viaApi.path("scannedCalls").asInt()).isEqualTo(40);
      assertThat(lib.path("freshness").path("syncedThrough").asText()).isNotEmpty();
      assertThat(viaApi.path("freshness").path("readAt").asText()).isNotEmpty();
    }
    // A tracker name matches only calls where the tracker fired: never every call.
    JsonNode tracker =
        ok(
            "search_calls",
            "{\"keywords\":[\"competitors\"],\"from_date\":\"" + from + "\",\"page_size\":100}");
    assertThat(tracker.path("pagination").path("totalRecords").asInt()).isLessThan(40);

    // Media URLs are not in the library, and an older range is not covered: Gong answers.
    assertThat(
            ok(
                    "search_calls",
                    "{\"keywords\":[\"pricing\"],\"from_date\":\""
                        + from
                        + "\",\"include_media\":true}")
                .path("source")
                .asText())
        .isEqualTo("gong-api");
    assertThat(
            ok(
                    "search_calls",
                    "{\"keywords\":[\"pricing\"],\"from_date\":\""
                        + sim.earliestCallStart().minusSeconds(86_400 * 30)
                        + "\"}")
                .path("source")
                .asText())
        .isEqualTo("gong-api");
  }

  @Test
  void aBadQueryNamesTheParameter() throws Exception {
    ActionResult r =
        actions.execute(
            "search_transcripts",
            Json.mapper().readTree("{\"query\":\"\\\"unclosed\",\"from_date\":\"" + from + "\"}"));
    assertThat(r.success()).isFalse();
    assertThat(r.error().type().code()).isEqualTo("invalid_parameter");
    assertThat(r.error().parameter()).isEqualTo("query");
  }

  @Test
  void fieldQueriesWorkAndAnUnknownFieldIsAnInvalidParameter() throws Exception {
    JsonNode titled =
        ok(
            "search_transcripts",
            "{\"query\":\"title:[a TO z]\",\"from_date\":\"" + from + "\",\"source\":\"api\"}");
    assertThat(titled.path("calls")).isNotEmpty();
    // search_calls takes keywords as phrases (no field syntax); search_transcripts takes queries.
    for (String action : new String[] {"search_transcripts"}) {
      String param = "query";
      ActionResult r =
          actions.execute(
              action,
              Json.mapper()
                  .readTree(
                      "{\""
                          + param
                          + "\":\"nosuch:pricing\",\"from_date\":\""
                          + from
                          + "\",\"source\":\"api\"}"));
      assertThat(r.success()).as(action).isFalse();
      assertThat(r.error().type().code()).isEqualTo("invalid_parameter");
      assertThat(r.error().parameter()).isEqualTo(param);
      assertThat(r.error().message()).contains("title, brief, topics");
    }
  }

  @Test
  void withoutALibraryTheApiPathSaysWhyAndTruncates() throws Exception {
    ActionRegistry fresh = ActionRegistry.builder(client).library(root.resolve("none")).build();
    ActionResult r =
        fresh.execute(
            "search_transcripts",
            Json.mapper()
                .readTree(
                    "{\"query\":\"budget\",\"from_date\":\"" + from + "\",\"max_calls\":15}"));
    assertThat(r.success()).isTrue();
    assertThat(r.data().path("source").asText()).isEqualTo("gong-api");
    assertThat(r.data().path("libraryNote").asText()).contains("gong sync");
    assertThat(r.data().path("scannedCalls").asInt()).isEqualTo(15);
    assertThat(r.data().path("truncated").asBoolean()).isTrue();
  }
}
