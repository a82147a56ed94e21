package dev.gongconnector.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.cli.CliTestSupport;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code gong mcp}: options and refusals in-process, then stdio and HTTP as real processes driven
 * by the SDK client.
 */
class McpCommandTest extends CliTestSupport {

  private static final ObjectMapper M = new ObjectMapper();

  private List<String> java(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.gongconnector.cli.Main",
                "mcp"));
    command.addAll(List.of(args));
    return command;
  }

  private Map<String, String> processEnv() {
    Map<String, String> env = new HashMap<>(env());
    env.put("HOME", home.toString());
    return env;
  }

  private static JsonNode envelope(CallToolResult result) throws Exception {
    return M.readTree(((TextContent) result.content().get(0)).text());
  }

  @Test
  void helpListsTheOptions() {
    Result help = gong("mcp", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .contains(
            "--http", "--port", "--host", "--token", "--allow-writes", "--sim", "--media-dir");
  }

  @Test
  void refusesToServeSimulatedDataWithoutBeingAsked() {
    Result r = gongWith(Map.of(), "", "mcp");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("GONG_BASE_URL", "--sim");
    assertThat(r.err()).containsOnlyOnce("no Gong credentials found");
    assertThat(r.out()).isEmpty();
    assertThat(gong("mcp", "--http", "--port", "70000").code()).isEqualTo(2);
  }

  @Test
  void servesStdioAsAProcess() throws Exception {
    ServerParameters params =
        ServerParameters.builder(java().get(0))
            .args(java().subList(1, java().size()))
            .env(processEnv())
            .build();
    StdioClientTransport transport = new StdioClientTransport(params, new JacksonMcpJsonMapper(M));
    List<String> stderr = new ArrayList<>();
    transport.setStdErrorHandler(stderr::add);
    McpSyncClient client =
        McpClient.sync(transport)
            .requestTimeout(Duration.ofSeconds(60))
            .initializationTimeout(Duration.ofSeconds(60))
            .build();
    try {
      client.initialize();
      List<String> names = client.listTools().tools().stream().map(Tool::name).toList();
      assertThat(names)
          .contains("search_calls", "get_call", "list_calls")
          .doesNotContain("add_new_call");
      JsonNode calls =
          envelope(
              client.callTool(
                  CallToolRequest.builder("list_calls")
                      .arguments(Map.of("from_date", "2020-01-01", "max_results", 2))
                      .build()));
      assertThat(calls.path("success").asBoolean()).as(calls.toString()).isTrue();
      assertThat(calls.path("data").path("calls")).hasSize(2);
    } finally {
      client.closeGracefully();
    }
    assertThat(String.join("\n", stderr)).contains("tools on stdio", "read-only");
  }

  @Test
  void stdioServerSearchesTheLibraryThatGongSyncWrote() throws Exception {
    // A user runs `gong sync` against their Gong (here a `gong sim` on loopback), then their
    // agent's `gong mcp`:
    // the agent must get the same library, not an empty one in a temp directory.
    Map<String, String> env = processEnv();
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    env.put("GONG_PROGRESS", "never");
    Result sync = gongWith(env, "", "sync", "--from", sim.earliestCallStart().toString());
    assertThat(sync.code()).as(sync.toString()).isZero();
    ServerParameters params =
        ServerParameters.builder(java().get(0))
            .args(java().subList(1, java().size()))
            .env(env)
            .build();
    McpSyncClient client =
        McpClient.sync(new StdioClientTransport(params, new JacksonMcpJsonMapper(M)))
            .requestTimeout(Duration.ofSeconds(60))
            .initializationTimeout(Duration.ofSeconds(60))
            .build();
    try {
      client.initialize();
      JsonNode found =
          envelope(
              client.callTool(
                  CallToolRequest.builder("search_transcripts")
                      .arguments(Map.of("query", "pricing", "max_results", 1))
                      .build()));
      assertThat(found.path("success").asBoolean()).as(found.toString()).isTrue();
      assertThat(found.path("data").path("source").asText())
          .as(found.toString())
          .isEqualTo("local-library");
      assertThat(found.path("data").path("library").path("store").asText())
          .startsWith(home.resolve("data").toString());
    } finally {
      client.closeGracefully();
    }
  }

  @Test
  void servesHttpWithABearerTokenAsAProcess() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(java("--http", "--port", "0", "--allow-writes"));
    pb.environment().keySet().removeIf(k -> k.startsWith("GONG_"));
    pb.environment().putAll(processEnv());
    pb.environment().put("GONG_MCP_TOKEN", "process-token");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = pb.start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) lines.add(line);
              } catch (Exception ignored) {
                // the process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      String url = null;
      Pattern served = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/mcp)");
      long deadline = System.currentTimeMillis() + 60_000;
      while (url == null && System.currentTimeMillis() < deadline) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        Matcher m = line == null ? null : served.matcher(line);
        if (m != null && m.find()) url = m.group(1);
      }
      assertThat(url).as("the server announced its URL").isNotNull();
      assertThat(String.join("\n", lines)).doesNotContain("process-token");

      HttpResponse<String> denied =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(denied.statusCode()).isEqualTo(401);

      URI uri = URI.create(url);
      McpSyncClient client =
          McpClient.sync(
                  HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + uri.getPort())
                      .endpoint(uri.getPath())
                      .jsonMapper(new JacksonMcpJsonMapper(M))
                      .requestBuilder(
                          HttpRequest.newBuilder().header("Authorization", "Bearer process-token"))
                      .build())
              .requestTimeout(Duration.ofSeconds(60))
              .build();
      try {
        client.initialize();
        assertThat(client.listTools().tools().stream().map(Tool::name).toList())
            .contains("add_new_call");
        JsonNode workspaces =
            envelope(
                client.callTool(
                    CallToolRequest.builder("list_workspace_id_options")
                        .arguments(Map.of())
                        .build()));
        assertThat(workspaces.path("data").path("workspaces")).isNotEmpty();
      } finally {
        client.closeGracefully();
      }
    } finally {
      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    }
  }
}
