package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.actions.Toolsets;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.simulator.GongSimulator;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The issue-11 part-A tools through the MCP SDK client over streamable HTTP, and the toolsets: the
 * default set and {@code all} list what they say.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadApiToolsTest {

  private static final ObjectMapper M = new ObjectMapper();
  private static final String TOKEN = "readapi-token-" + System.nanoTime();

  /** The seed-and-search tools: the two that write calls and the contract's read tools. */
  private static final List<String> SEED_AND_SEARCH =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("add_new_call", "upload_call_media"),
              AbstractMcpServerTest.READ_TOOLS.stream())
          .toList();

  private GongSimulator sim;
  private ActionRegistry registry;
  private final List<HttpMcpServer> servers = new ArrayList<>();
  private final List<McpSyncClient> clients = new ArrayList<>();

  @BeforeAll
  void start() {
    sim = GongSimulator.builder().calls(150).seed(3).rateLimitPerSecond(0).dailyLimit(0).start();
    GongClient client = LocalGong.client(sim);
    registry = ActionRegistry.builder(client).allowWrites(true).build();
  }

  @AfterAll
  void stop() {
    clients.forEach(McpSyncClient::closeGracefully);
    servers.forEach(HttpMcpServer::close);
    sim.close();
  }

  private McpSyncClient connect(String toolsets) {
    HttpMcpServer server =
        GongMcpServer.builder()
            .actions(Toolsets.select(registry.list(), toolsets))
            .allowWrites(true)
            .build()
            .startHttp("127.0.0.1", 0, TOKEN);
    servers.add(server);
    McpSyncClient c =
        SdkHttpClients.of(server, TOKEN).requestTimeout(Duration.ofSeconds(120)).build();
    c.initialize();
    clients.add(c);
    return c;
  }

  private static List<String> names(McpSyncClient c) {
    List<String> out = new ArrayList<>();
    for (Tool t : c.listTools().tools()) {
      out.add(t.name());
    }
    return out;
  }

  private static JsonNode call(McpSyncClient c, String tool, Map<String, Object> args)
      throws Exception {
    CallToolResult r = c.callTool(CallToolRequest.builder(tool).arguments(args).build());
    JsonNode env = M.readTree(((TextContent) r.content().get(0)).text());
    assertThat(r.isError()).isEqualTo(!env.path("success").asBoolean());
    return env;
  }

  private static JsonNode ok(McpSyncClient c, String tool, Map<String, Object> args)
      throws Exception {
    JsonNode env = call(c, tool, args);
    assertThat(env.path("success").asBoolean()).as("%s -> %s", tool, env).isTrue();
    return env.path("data");
  }

  @Test
  void toolsetsListWhatTheySay() {
    List<String> defaults = names(connect(null));
    assertThat(defaults)
        .hasSizeLessThanOrEqualTo(Toolsets.MAX_DEFAULT)
        .containsAll(SEED_AND_SEARCH);
    assertThat(defaults).contains("list_trackers", "list_library_folders");
    assertThat(defaults).doesNotContain("get_activity_stats", "list_answered_scorecards");
    List<String> all = names(connect("all"));
    List<String> registered = new ArrayList<>();
    registry.list().forEach(a -> registered.add(a.name()));
    assertThat(all).containsExactlyInAnyOrderElementsOf(registered);
    List<String> stats = names(connect("stats"));
    List<String> expected = new ArrayList<>();
    for (Action a : registry.list()) {
      if (a.toolsets().contains("stats")) {
        expected.add(a.name());
      }
    }
    assertThat(stats)
        .containsExactlyInAnyOrderElementsOf(expected)
        .contains("get_interaction_stats", "list_scorecards", "get_coaching_metrics")
        .doesNotContain("get_call");
    assertThat(names(connect("users,library")))
        .contains("get_user_settings_history", "get_library_folder_content", "list_users")
        .doesNotContain("list_calls");
  }

  @Test
  void descriptionsSayWhenAndWhatNext() {
    for (Action a : registry.list()) {
      assertThat(a.description()).as(a.name()).contains("Next:").hasSizeGreaterThan(150);
    }
  }

  @Test
  void callsEveryPartATool() throws Exception {
    McpSyncClient c = connect("all");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String from = today.minusDays(150).toString();
    String to = today.minusDays(1).toString();
    assertThat(ok(c, "list_trackers", Map.of()).path("count").asInt()).isPositive();
    JsonNode cards = ok(c, "list_scorecards", Map.of());
    String cardId = cards.at("/scorecards/0/scorecardId").asText();
    JsonNode folders = ok(c, "list_library_folders", Map.of()).path("folders");
    String folder = folders.get(folders.size() - 1).path("id").asText();
    assertThat(ok(c, "get_library_folder_content", Map.of("folder_id", folder)).path("id").asText())
        .isEqualTo(folder);
    JsonNode agg = ok(c, "get_activity_stats", Map.of("from_date", from, "to_date", to));
    String user = agg.at("/users/0/userId").asText();
    assertThat(ok(c, "get_interaction_stats", Map.of("fromDate", from, "toDate", to)).path("users"))
        .isNotEmpty();
    assertThat(
            ok(
                    c,
                    "get_activity_by_period",
                    Map.of("from_date", from, "to_date", to, "period", "QUARTER", "user_ids", user))
                .at("/users/0/userAggregateActivity"))
        .isNotEmpty();
    assertThat(
            ok(c, "get_activity_day_by_day", Map.of("from_date", to, "to_date", to))
                .path("count")
                .asInt())
        .isPositive();
    JsonNode answered = ok(c, "list_answered_scorecards", Map.of("call_from_date", from));
    assertThat(answered.path("count").asInt()).isPositive();
    ok(c, "list_answered_scorecards", Map.of("scorecard_ids", List.of(cardId)));
    JsonNode s = answered.at("/answeredScorecards/0");
    String ws =
        ok(c, "get_call", Map.of("call_id", s.path("callId").asText()))
            .path("workspaceId")
            .asText();
    JsonNode coaching =
        ok(
            c,
            "get_coaching_metrics",
            Map.of(
                "workspace_id",
                ws,
                "manager_id",
                s.path("reviewerUserId").asText(),
                "from_date",
                from));
    assertThat(coaching.path("coachingData")).isNotEmpty();
    assertThat(ok(c, "get_user_settings_history", Map.of("user_id", user)).path("count").asInt())
        .isPositive();
    // unhappy paths
    JsonNode missing = call(c, "get_library_folder_content", Map.of("folder_id", "1234"));
    assertThat(missing.at("/error/type").asText()).isEqualTo("not_found");
    JsonNode noPeriod = call(c, "get_activity_by_period", Map.of());
    assertThat(noPeriod.at("/error/parameter").asText()).isEqualTo("period");
    JsonNode badDates = call(c, "get_activity_stats", Map.of("from_date", to, "to_date", from));
    assertThat(badDates.at("/error/parameter").asText()).isEqualTo("to_date");
    JsonNode noManager = call(c, "get_coaching_metrics", Map.of("workspace_id", ws));
    assertThat(noManager.at("/error/parameter").asText()).isEqualTo("manager_id");
  }
}
