package dev.gongconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.mcp.GongMcpServer;
import dev.gongconnector.mcp.HttpMcpServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same parameter values through the three front doors (a command-line option, a {@code key:
 * value} line of {@code gong run}, an MCP tool call) reach the one parser, so they give the same
 * answer with the same requests to the local Gong, or the same error with none sent.
 */
class FrontDoorsTest extends CliTestSupport {

  private static final ObjectMapper M = new ObjectMapper();
  private static HttpMcpServer mcpServer;
  private static McpSyncClient mcp;

  @BeforeAll
  static void startMcp() {
    GongClient client =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .rateLimitPerSecond(0)
            .build();
    ActionRegistry registry;
    try {
      registry =
          ActionRegistry.builder(client)
              .allowWrites(true)
              .library(Files.createTempDirectory("front-doors-library"))
              .build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    mcpServer =
        GongMcpServer.builder()
            .actions(registry.list())
            .allowWrites(true)
            .build()
            .startHttp("127.0.0.1", 0, "front-doors");
    URI uri = URI.create(mcpServer.url());
    mcp =
        McpClient.sync(
                HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + uri.getPort())
                    .endpoint(uri.getPath())
                    .jsonMapper(new JacksonMcpJsonMapper(M))
                    .requestBuilder(
                        HttpRequest.newBuilder().header("Authorization", "Bearer front-doors"))
                    .build())
            .requestTimeout(Duration.ofSeconds(60))
            .build();
    mcp.initialize();
  }

  @AfterAll
  static void stopMcp() {
    if (mcp != null) mcp.closeGracefully();
    if (mcpServer != null) mcpServer.close();
  }

  /** What one front door answered and what the local Gong received meanwhile. */
  record Answer(JsonNode envelope, Map<String, Long> requests, String err) {}

  /** {@code --kebab-name value} options, in the given order. */
  private Answer viaCli(String command, Map<String, String> values) {
    List<String> args = new ArrayList<>(List.of(command));
    values.forEach(
        (k, v) -> {
          args.add("--" + k);
          args.add(v);
        });
    args.addAll(List.of("-o", "json"));
    sim.resetRequestCounts();
    Result r = gong(args.toArray(new String[0]));
    return new Answer(r.json(), sent(), r.err());
  }

  /** A request file in the seed's text format, run with {@code gong run}. */
  private Answer viaRun(String command, Map<String, String> values) throws Exception {
    StringBuilder text = new StringBuilder("/your-gong-connection\naction: " + command + "\n");
    values.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    Path file = home.resolve("request.txt");
    Files.writeString(file, text);
    sim.resetRequestCounts();
    Result r = gong("run", "-o", "json", file.toString());
    JsonNode envelope = r.out().isBlank() ? null : r.json();
    return new Answer(envelope, sent(), r.err());
  }

  /** An MCP tool call whose arguments are the same texts under snake_case names. */
  private Answer viaMcp(String tool, Map<String, String> values) throws Exception {
    Map<String, Object> arguments = new LinkedHashMap<>();
    values.forEach((k, v) -> arguments.put(k.replace('-', '_'), v));
    sim.resetRequestCounts();
    var result = mcp.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    JsonNode envelope = M.readTree(((TextContent) result.content().get(0)).text());
    return new Answer(envelope, sent(), "");
  }

  /** The requests the local Gong received since the last reset, per path. */
  private static Map<String, Long> sent() {
    Map<String, Long> out = new java.util.TreeMap<>();
    sim.requestCounts()
        .forEach(
            (path, n) -> {
              if (n > 0) out.put(path, n);
            });
    return out;
  }

  private static String day(int daysBeforeAnchor) {
    return LocalDate.ofInstant(sim.anchor(), ZoneOffset.UTC).minusDays(daysBeforeAnchor).toString();
  }

  @Test
  void sameValuesGiveTheSameAnswerAndTheSameRequests() throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("from-date", day(20));
    values.put("to-date", day(10));
    values.put("max-results", "7");
    values.put("include-parties", "yes");
    values.put("content", "topics,brief");
    Answer cli = viaCli("get-extensive-data", values);
    Answer run = viaRun("get-extensive-data", values);
    Answer mcpAnswer = viaMcp("get_extensive_data", values);

    assertThat(cli.envelope().path("success").asBoolean()).as(cli.err()).isTrue();
    assertThat(cli.envelope().path("data").path("count").asInt()).isEqualTo(7);
    assertThat(run.envelope()).isEqualTo(cli.envelope());
    assertThat(mcpAnswer.envelope()).isEqualTo(cli.envelope());
    assertThat(cli.requests()).isNotEmpty();
    assertThat(run.requests()).isEqualTo(cli.requests());
    assertThat(mcpAnswer.requests()).isEqualTo(cli.requests());
  }

  @Test
  void booleansAreSpelledAlikeEverywhere() throws Exception {
    // 'on' was accepted by gong run only, 'yes' refused by the option parser: now all three agree.
    for (String spelling : List.of("on", "yes", "1", "true")) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("from-date", day(20));
      values.put("to-date", day(10)); // an open range ends "now", which differs between calls
      values.put("max-results", "2");
      values.put("include-parties", spelling);
      Answer cli = viaCli("get-extensive-data", values);
      assertThat(cli.envelope().path("success").asBoolean()).as(spelling + cli.err()).isTrue();
      assertThat(viaRun("get-extensive-data", values).envelope()).isEqualTo(cli.envelope());
      assertThat(viaMcp("get_extensive_data", values).envelope()).isEqualTo(cli.envelope());
    }
  }

  @Test
  void badValuesGiveTheSameErrorEverywhereAndSendNothing() throws Exception {
    List<Map<String, String>> cases =
        List.of(
            Map.of("max-results", "18446744073709551617"),
            Map.of("max-results", "\u0661\u0662"),
            Map.of("include-parties", "maybe"),
            Map.of("call-ids", "[\"1\"] garbage"),
            Map.of("content", "topics,nonsense"));
    for (Map<String, String> values : cases) {
      Answer cli = viaCli("get-extensive-data", values);
      Answer run = viaRun("get-extensive-data", values);
      Answer mcpAnswer = viaMcp("get_extensive_data", values);
      String option = values.keySet().iterator().next();
      JsonNode error = cli.envelope().path("error");
      assertThat(error.path("type").asText()).as(values.toString()).isEqualTo("invalid_parameter");
      assertThat(error.path("parameter").asText()).isEqualTo(option.replace('-', '_'));
      assertThat(mcpAnswer.envelope().path("error").path("type")).isEqualTo(error.path("type"));
      assertThat(mcpAnswer.envelope().path("error").path("parameter"))
          .isEqualTo(error.path("parameter"));
      // The message names the parameter as each front door's user spelled it.
      assertThat(error.path("message").asText())
          .isEqualTo(
              mcpAnswer
                  .envelope()
                  .path("error")
                  .path("message")
                  .asText()
                  .replace("'" + option.replace('-', '_') + "'", "'" + option + "'"));
      assertThat(cli.err()).contains("invalid --" + option + ":");
      assertThat(run.err())
          .contains("line 3: invalid '" + option + "': " + error.path("message").asText());
      assertThat(cli.requests()).isEmpty();
      assertThat(run.requests()).isEmpty();
      assertThat(mcpAnswer.requests()).isEmpty();
    }
  }

  @Test
  void anAliasOptionIsNamedAsTyped() {
    Result r = gong("list-calls", "--limit", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("invalid --limit:", "parameter 'limit'");
  }

  @Test
  void syncAndSearchRefuseWhatTheirActionsRefuseWithTheSameError() throws Exception {
    record Case(String tool, Map<String, String> values, String parameter, String... cli) {}
    List<Case> cases =
        List.of(
            new Case(
                "sync_library", Map.of("workspace", "abc"), "workspace_id", "sync", "--workspace"),
            new Case(
                "sync_library", Map.of("lookback", "61"), "lookback_days", "sync", "--lookback"),
            new Case(
                "search_transcripts",
                Map.of("query", "pricing", "primary_user", "abc"),
                "primary_user_ids",
                "search",
                "pricing",
                "--primary-user"),
            // One bound for every front door (it was 1-1000 for `gong search`, 1-100 elsewhere).
            new Case(
                "search_transcripts",
                Map.of("query", "pricing", "limit", "101"),
                "limit",
                "search",
                "pricing",
                "--limit"));
    for (Case c : cases) {
      List<String> args = new ArrayList<>(List.of(c.cli()));
      args.add(c.values().get(c.cli()[c.cli().length - 1].substring(2).replace('-', '_')));
      args.addAll(List.of("-o", "json"));
      sim.resetRequestCounts();
      Result cli = gong(args.toArray(new String[0]));
      Map<String, Long> cliSent = sent();
      Answer run = viaRun(c.tool(), c.values());
      Answer mcpAnswer = viaMcp(c.tool(), c.values());

      assertThat(cli.code()).as(cli.toString()).isEqualTo(2);
      JsonNode error = cli.json().path("error");
      assertThat(error.path("type").asText()).isEqualTo("invalid_parameter");
      assertThat(error.path("parameter").asText()).isEqualTo(c.parameter());
      assertThat(cli.err()).contains("invalid " + c.cli()[c.cli().length - 1] + ":");
      assertThat(mcpAnswer.envelope()).isEqualTo(cli.json());
      // gong run checks every block first and reports the line (any: Map.of has no order).
      String key = c.cli()[c.cli().length - 1].substring(2).replace('-', '_');
      assertThat(run.err()).contains(": invalid '" + key + "': " + error.path("message").asText());
      assertThat(cliSent).isEmpty();
      assertThat(run.requests()).isEmpty();
      assertThat(mcpAnswer.requests()).isEmpty();
    }
  }

  @Test
  void gongSearchAnswersLikeSearchTranscriptsFromTheLibrary() throws Exception {
    Result sync = gong("sync", "--from", sim.earliestCallStart().toString(), "-o", "json");
    assertThat(sync.code()).as(sync.toString()).isZero();
    Result search = gong("search", "pricing OR budget", "--limit", "3", "--any", "-o", "json");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("query", "pricing OR budget");
    values.put("limit", "3");
    values.put("match", "any");
    values.put("source", "library");
    Answer run = viaRun("search_transcripts", values);
    assertThat(search.code()).as(search.toString()).isZero();
    JsonNode data = search.json().path("data");
    assertThat(data.path("source").asText()).isEqualTo("local-library");
    assertThat(data.path("calls")).hasSize(3);
    ((com.fasterxml.jackson.databind.node.ObjectNode) data).remove("tookMillis");
    JsonNode runData = run.envelope().path("data");
    ((com.fasterxml.jackson.databind.node.ObjectNode) runData).remove("tookMillis");
    assertThat(runData).isEqualTo(data);
    assertThat(run.requests()).isEmpty();
  }
}
