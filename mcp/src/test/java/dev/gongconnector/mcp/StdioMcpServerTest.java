package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MCP contract over stdio: each server is a JVM spawned with the test classpath, as an agent
 * host does.
 */
class StdioMcpServerTest extends AbstractMcpServerTest {

  @BeforeAll
  void start() {
    startSim();
  }

  static McpSyncClient spawn(
      List<ProgressNotification> progress, Map<String, String> env, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                System.getProperty("java.class.path"),
                McpMain.class.getName()));
    command.addAll(List.of(args));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ServerParameters params = ServerParameters.builder(java).args(command).env(env).build();
    StdioClientTransport transport = new StdioClientTransport(params, new JacksonMcpJsonMapper(M));
    transport.setStdErrorHandler(line -> System.err.println("[mcp server] " + line));
    McpSyncClient client =
        McpClient.sync(transport)
            .requestTimeout(Duration.ofSeconds(60))
            .progressConsumer(progress::add)
            .initializationTimeout(Duration.ofSeconds(60))
            .build();
    client.initialize();
    return client;
  }

  @Override
  protected McpSyncClient connect(boolean allowWrites) {
    Map<String, String> env = new HashMap<>();
    env.put("GONG_BASE_URL", sim.baseUrl());
    env.put("GONG_ACCESS_KEY", sim.accessKey());
    env.put("GONG_ACCESS_KEY_SECRET", sim.accessKeySecret());
    return allowWrites
        ? spawn(progressEvents, env, "--allow-writes", "--media-dir", MEDIA_DIR.toString())
        : spawn(progressEvents, env);
  }

  @Test
  void servesAnEmbeddedLocalGongWithSim() {
    McpSyncClient client = spawn(new ArrayList<>(), Map.of(), "--sim");
    try {
      JsonNode workspaces = ok(client, "list_workspace_id_options", Map.of());
      assertThat(workspaces.path("count").asInt()).isPositive();
      assertThat(client.getServerInfo().name()).isEqualTo("gong-connector");
    } finally {
      client.closeGracefully();
    }
  }

  @Test
  void withoutMediaDirNoLocalFileIsUploaded() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("GONG_BASE_URL", sim.baseUrl());
    env.put("GONG_ACCESS_KEY", sim.accessKey());
    env.put("GONG_ACCESS_KEY_SECRET", sim.accessKeySecret());
    Path file = java.nio.file.Files.write(MEDIA_DIR.resolve("no-dir.mp3"), new byte[100]);
    McpSyncClient client = spawn(new ArrayList<>(), env, "--allow-writes");
    try {
      long before = sim.requestCount();
      JsonNode refused =
          call(
              client,
              "upload_call_media",
              Map.of("call_id", "1234567890", "media_file", file.toString()));
      assertThat(refused.path("success").asBoolean()).isFalse();
      assertThat(refused.path("error").path("message").asText()).contains("not enabled");
      assertThat(sim.requestCount()).isEqualTo(before);
    } finally {
      client.closeGracefully();
    }
  }

  @Test
  void writesNothingButProtocolMessagesToStdout() throws Exception {
    // The server's own logging, not the tests' quieter one: none of it may reach stdout.
    try (StdioProcess server = new StdioProcess(sim, List.of())) {
      server.send(StdioProcess.initialize(1));
      server.send(StdioProcess.initialized());
      server.send(
          "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"get_call\","
              + "\"arguments\":{\"call_id\":\"1\"}}}");
      List<JsonNode> lines = new ArrayList<>();
      while (lines.size() < 2) {
        JsonNode line = server.next();
        if (line == null) break;
        lines.add(line);
      }
      assertThat(lines).hasSize(2);
      for (JsonNode line : lines) {
        assertThat(line.path("jsonrpc").asText()).as(line.toString()).isEqualTo("2.0");
      }
      assertThat(lines.get(1).at("/result/isError").asBoolean()).isTrue();
      server.closeStdin(); // end of stdin stops the server
      assertThat(server.process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS))
          .as("exits when stdin ends")
          .isTrue();
      assertThat(server.next()).as("nothing after the answers").isNull();
      assertThat(server.process.exitValue()).isZero();
    }
  }
}
