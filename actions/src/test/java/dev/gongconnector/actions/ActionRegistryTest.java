package dev.gongconnector.actions;

import static dev.gongconnector.actions.LocalGong.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.library.LibraryAccess;
import dev.gongconnector.actions.library.SearchTranscriptsAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionRegistryTest {

  private static LocalGong gong;

  @BeforeAll
  static void start() {
    gong = new LocalGong(20);
  }

  @AfterAll
  static void stop() {
    gong.close();
  }

  private static List<String> names(List<Action> actions) {
    List<String> out = new ArrayList<>();
    actions.forEach(a -> out.add(a.name()));
    return out;
  }

  @Test
  void readOnlyByDefault() {
    ActionRegistry registry = gong.registry(false);
    assertThat(names(registry.list()))
        .contains(
            "get_call",
            "list_calls",
            "search_calls",
            "get_extensive_data",
            "retrieve_transcripts_of_calls",
            "list_workspace_id_options",
            "list_users",
            "get_user")
        .doesNotContain("add_new_call", "upload_call_media");
    assertThat(registry.find("add-call")).isEmpty();
    long before = gong.sim.requestCount();
    ActionError e =
        ResultAssert.failed(registry.execute("add-call", json("{}")), "writes_disabled");
    assertThat(e.message()).contains("add_new_call");
    assertThat(gong.sim.requestCount()).isEqualTo(before);
  }

  @Test
  void writesWhenAllowed() {
    ActionRegistry registry = gong.registry(true);
    assertThat(names(registry.list())).contains("add_new_call", "upload_call_media");
    assertThat(registry.find("add-call").map(Action::name)).contains("add_new_call");
    assertThat(registry.find("addNewCall").map(Action::name)).contains("add_new_call");
  }

  @Test
  void findsSeedAliasesInAnySpelling() {
    ActionRegistry registry = gong.registry(false);
    assertThat(registry.find("get-call").map(Action::name)).contains("get_call");
    assertThat(registry.find("search-calls").map(Action::name)).contains("search_calls");
    assertThat(registry.find("searchCalls").map(Action::name)).contains("search_calls");
    assertThat(registry.find("retrieve-transcripts-of-calls").map(Action::name))
        .contains("retrieve_transcripts_of_calls");
    assertThat(registry.find("nope")).isEmpty();
    ActionError e = ResultAssert.failed(registry.execute("nope", null), "unknown_action");
    assertThat(e.message()).contains("search_calls");
  }

  @Test
  void everySchemaIsAFlatObjectSchemaWithDescriptions() {
    for (Action a : gong.registry(true).list()) {
      JsonNode schema = a.inputSchema();
      assertThat(schema.path("type").asText()).as(a.name()).isEqualTo("object");
      assertThat(a.description()).as(a.name()).hasSizeGreaterThan(80);
      schema
          .path("properties")
          .fields()
          .forEachRemaining(
              p -> {
                assertThat(p.getKey()).as(a.name()).matches("[a-z][a-z0-9_]*");
                assertThat(p.getValue().path("description").asText())
                    .as(a.name() + "." + p.getKey())
                    .isNotBlank();
                assertThat(p.getValue().path("type").asText())
                    .as(a.name() + "." + p.getKey())
                    .isNotBlank();
              });
      for (JsonNode required : schema.path("required")) {
        assertThat(schema.path("properties").has(required.asText())).as(a.name()).isTrue();
      }
    }
  }

  @Test
  void definitionsNeedNoClientAndMatchARunningRegistry(@TempDir Path root) {
    ActionRegistry live =
        ActionRegistry.builder(gong.client).allowWrites(true).library(root).build();
    List<Action> definitions = ActionRegistry.definitions();
    assertThat(names(definitions)).isEqualTo(names(live.all()));
    for (int i = 0; i < definitions.size(); i++) {
      Action d = definitions.get(i);
      Action a = live.all().get(i);
      assertThat(d.inputSchema()).as(d.name()).isEqualTo(a.inputSchema());
      assertThat(d.description()).isEqualTo(a.description());
      assertThat(d.aliases()).isEqualTo(a.aliases());
      assertThat(d.toolsets()).isEqualTo(a.toolsets());
      assertThat(d.writes()).isEqualTo(a.writes());
    }
  }

  @Test
  void aDescribingRegistryChecksParametersButRunsNothing() {
    ActionRegistry described = ActionRegistry.describing().build();
    long before = gong.sim.requestCount();
    Action getUser = described.find("get-user").orElseThrow();
    assertThat(ResultAssert.ok(getUser.check(json("{\"id\": 123}"))).path("user_id").asText())
        .isEqualTo("123");
    assertThat(
            ResultAssert.failed(getUser.check(json("{\"id\": \"x\"}")), "invalid_parameter")
                .parameter())
        .isEqualTo("user_id");
    // Cross-parameter rules of the typed request are checked too.
    ResultAssert.failed(
        described.find("lookup_privacy_data").orElseThrow().check(json("{}")), "invalid_parameter");
    ActionError e =
        ResultAssert.failed(described.execute("get_user", json("{\"id\": \"1\"}")), "internal");
    assertThat(e.message()).contains("get_user", "definition only");
    ResultAssert.failed(described.execute("add_new_call", json("{}")), "writes_disabled");
    assertThat(described.find("search_transcripts")).isEmpty(); // no library given
    assertThat(gong.sim.requestCount()).isEqualTo(before);
  }

  @Test
  void libraryActionsDescribeAndCheckWithoutAClient(@TempDir Path root) {
    long before = gong.sim.requestCount();
    ActionRegistry described = ActionRegistry.describing().library(root).build();
    Action sync = described.find("sync_library").orElseThrow();
    ResultAssert.ok(sync.check(json("{\"lookback_days\": 3}")));
    ResultAssert.failed(sync.check(json("{\"lookback_days\": 99}")), "invalid_parameter");
    ResultAssert.failed(sync.execute(json("{}"), null), "internal");
    // Built directly without a client, the search answers from the library alone.
    try (LibraryAccess library = new LibraryAccess(root, null)) {
      Action search = new SearchTranscriptsAction(null, library);
      ResultAssert.failed(
          search.execute(json("{\"query\": \"x\", \"source\": \"api\"}"), null),
          "invalid_parameter");
      assertThat(
              search.execute(json("{\"query\": \"x\", \"source\": \"library\"}"), null).success())
          .isFalse(); // nothing synced
    }
    assertThat(gong.sim.requestCount()).isEqualTo(before);
  }

  @Test
  void seedParameterNamesExist() {
    ActionRegistry registry = gong.registry(true);
    assertThat(registry.find("add_new_call").get().inputSchema().path("properties").fieldNames())
        .toIterable()
        .contains(
            "client_unique_id",
            "actual_start",
            "direction",
            "primary_user",
            "participants",
            "call_title",
            "purpose",
            "scheduled_start",
            "scheduled_end",
            "duration",
            "disposition",
            "meeting_url",
            "call_provider_code",
            "download_media_url",
            "workspace_id",
            "language_code",
            "media_file");
    assertThat(registry.find("add_new_call").get().inputSchema().path("required")).hasSize(5);
    assertThat(
            registry.find("get_extensive_data").get().inputSchema().path("properties").fieldNames())
        .toIterable()
        .contains(
            "from_date",
            "to_date",
            "workspace_id",
            "call_ids",
            "primary_user_ids",
            "max_results",
            "context",
            "context_timing",
            "include_parties",
            "content",
            "interaction",
            "include_public_comments",
            "include_media");
    assertThat(registry.find("search_calls").get().inputSchema().path("properties").fieldNames())
        .toIterable()
        .contains(
            "from_date",
            "to_date",
            "primary_user_ids",
            "keywords",
            "context",
            "include_content",
            "include_media",
            "search_criteria",
            "page",
            "page_size");
    assertThat(registry.find("get_call").get().inputSchema().path("properties").fieldNames())
        .toIterable()
        .contains("call_id");
  }
}
