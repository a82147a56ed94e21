package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.simulator.GongSimulator;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The MCP contract, driven by the SDK's own client against a local Gong; one subclass per transport
 * (stdio: a spawned JVM; HTTP: streamable HTTP with a bearer token).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractMcpServerTest {

  static final ObjectMapper M = new ObjectMapper();
  static final LocalDate ANCHOR = LocalDate.of(2025, 7, 1);
  static final String RANGE_FROM = ANCHOR.minusDays(200).toString();
  static final String RANGE_TO = ANCHOR.toString();
  static final List<String> READ_TOOLS =
      List.of(
          "get_call",
          "list_calls",
          "search_calls",
          "get_extensive_data",
          "retrieve_transcripts_of_calls",
          "list_workspace_id_options",
          "list_users",
          "get_user");

  /** The only directory the write servers of these tests may upload media files from. */
  protected static final java.nio.file.Path MEDIA_DIR = mediaDir();

  protected GongSimulator sim;

  private static java.nio.file.Path mediaDir() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mcp-media-dir");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Progress notifications every client of this test received. */
  protected final List<ProgressNotification> progressEvents = new CopyOnWriteArrayList<>();

  private McpSyncClient readOnly;
  private McpSyncClient writes;

  /** A connected, initialized client of a server over this transport. */
  protected abstract McpSyncClient connect(boolean allowWrites) throws Exception;

  protected void startSim() {
    sim =
        GongSimulator.builder()
            .calls(40)
            .seed(11)
            .anchorDate(ANCHOR)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .start();
  }

  protected McpSyncClient readOnly() throws Exception {
    if (readOnly == null) readOnly = connect(false);
    return readOnly;
  }

  protected McpSyncClient writes() throws Exception {
    if (writes == null) writes = connect(true);
    return writes;
  }

  /** Stops what the subclass started, after the clients have closed. */
  protected void stopServers() {}

  @AfterAll
  void closeAll() {
    for (McpSyncClient c : new McpSyncClient[] {readOnly, writes}) {
      if (c != null) c.closeGracefully();
    }
    stopServers();
    if (sim != null) sim.close();
  }

  static CallToolRequest request(String tool, Map<String, Object> args) {
    return CallToolRequest.builder(tool).arguments(args).build();
  }

  /**
   * Calls a tool and returns the envelope, sent once as JSON text (no structured copy), checking it
   * agrees with isError.
   */
  protected static JsonNode call(McpSyncClient client, String tool, Map<String, Object> args) {
    CallToolResult result = client.callTool(request(tool, args));
    assertThat(result.content()).hasSize(1);
    JsonNode envelope;
    try {
      envelope = M.readTree(((TextContent) result.content().get(0)).text());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(result.structuredContent()).as("the envelope is sent once, as text").isNull();
    assertThat(result.isError()).isEqualTo(!envelope.path("success").asBoolean());
    return envelope;
  }

  protected static JsonNode ok(McpSyncClient client, String tool, Map<String, Object> args) {
    JsonNode envelope = call(client, tool, args);
    assertThat(envelope.path("success").asBoolean())
        .as("%s -> %s", tool, envelope.path("error"))
        .isTrue();
    return envelope.path("data");
  }

  @Test
  void refusesMediaFilesOutsideTheOperatorsDirectories() throws Exception {
    McpSyncClient c = writes();
    String host =
        ok(c, "list_users", Map.of("include_inactive", false, "max_results", 1))
            .path("users")
            .get(0)
            .path("id")
            .asText();
    String participants = "[{\"userId\":\"" + host + "\",\"name\":\"Host\"}]";
    java.nio.file.Path link = MEDIA_DIR.resolve("passwd-link.mp3");
    java.nio.file.Files.deleteIfExists(link);
    java.nio.file.Files.createSymbolicLink(link, java.nio.file.Path.of("/etc/passwd"));
    long before = sim.requestCount();
    for (String path : List.of("/etc/passwd", "/etc/shadow", link.toString())) {
      JsonNode added =
          call(
              c,
              "add_new_call",
              Map.of(
                  "client_unique_id",
                  "mcp-refused-" + path.hashCode(),
                  "actual_start",
                  "2025-01-15T01:30:00Z",
                  "direction",
                  "Inbound",
                  "primary_user",
                  host,
                  "participants",
                  participants,
                  "media_file",
                  path));
      assertThat(added.path("success").asBoolean()).isFalse();
      assertThat(added.path("error").path("parameter").asText()).isEqualTo("media_file");
      assertThat(added.path("error").path("message").asText())
          .contains("outside the media directories");
      JsonNode upload =
          call(c, "upload_call_media", Map.of("call_id", "1234567890", "media_file", path));
      assertThat(upload.path("success").asBoolean()).isFalse();
      assertThat(upload.path("error").path("message").asText())
          .contains("outside the media directories");
    }
    // Refused before anything reached Gong: no call added, no byte uploaded.
    assertThat(sim.requestCount()).isEqualTo(before);
  }

  private static List<String> names(List<Tool> tools) {
    List<String> out = new ArrayList<>();
    tools.forEach(t -> out.add(t.name()));
    return out;
  }

  @Test
  void listsReadOnlyToolsByDefault() throws Exception {
    List<Tool> tools = readOnly().listTools().tools();
    assertThat(names(tools))
        .containsAll(READ_TOOLS)
        .doesNotContain("add_new_call", "upload_call_media");
    for (Tool t : tools) {
      assertThat(t.description()).as(t.name()).hasSizeGreaterThan(80);
      assertThat(t.inputSchema().get("type")).as(t.name()).isEqualTo("object");
      assertThat(t.annotations().readOnlyHint()).as(t.name()).isTrue();
    }
    Tool search =
        tools.stream().filter(t -> t.name().equals("search_calls")).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) search.inputSchema().get("properties");
    assertThat(props)
        .containsKeys(
            "from_date",
            "to_date",
            "primary_user_ids",
            "keywords",
            "context",
            "include_content",
            "include_media",
            "page",
            "page_size");
  }

  @Test
  void offersWriteToolsOnlyWhenAllowed() throws Exception {
    List<Tool> tools = writes().listTools().tools();
    assertThat(names(tools)).containsAll(READ_TOOLS).contains("add_new_call", "upload_call_media");
    Tool add =
        tools.stream().filter(t -> t.name().equals("add_new_call")).findFirst().orElseThrow();
    assertThat(add.annotations().readOnlyHint()).isFalse();
    assertThat(((List<?>) add.inputSchema().get("required")).stream().map(String::valueOf).toList())
        .containsExactlyInAnyOrder(
            "client_unique_id", "actual_start", "direction", "primary_user", "participants");
    // A read-only server does not know the tool at all: a protocol error, not a tool result.
    // The SDK says "Unknown tool: invalid_tool_name"; the server names the tool and the way out.
    assertThatThrownBy(() -> readOnly().callTool(request("add_new_call", Map.of())))
        .isInstanceOf(McpError.class)
        .hasMessageContaining("unknown tool 'add_new_call'")
        .hasMessageContaining("tools/list")
        .hasMessageNotContaining("invalid_tool_name");
    assertThatThrownBy(() -> readOnly().callTool(request("xyz", Map.of())))
        .isInstanceOf(McpError.class)
        .hasMessageContaining("unknown tool 'xyz'");
  }

  @Test
  void callsEveryReadTool() throws Exception {
    McpSyncClient c = readOnly();
    JsonNode workspaces = ok(c, "list_workspace_id_options", Map.of());
    assertThat(workspaces.path("workspaces")).isNotEmpty();
    JsonNode users = ok(c, "list_users", Map.of("max_results", 3));
    assertThat(users.path("users")).hasSize(3);
    String userId = users.path("users").get(0).path("id").asText();
    assertThat(ok(c, "get_user", Map.of("user_id", userId)).path("id").asText()).isEqualTo(userId);

    JsonNode calls = ok(c, "list_calls", Map.of("from_date", RANGE_FROM, "to_date", RANGE_TO));
    assertThat(calls.path("count").asInt())
        .isGreaterThanOrEqualTo(40); // 40 generated, plus any added by a test
    String callId = calls.path("calls").get(0).path("id").asText();
    JsonNode call = ok(c, "get_call", Map.of("call_id", callId, "include_media", true));
    assertThat(call.path("id").asText()).isEqualTo(callId);
    assertThat(call.path("media").path("audioUrl").asText()).startsWith("http");

    JsonNode extensive =
        ok(
            c,
            "get_extensive_data",
            Map.of(
                "call_ids",
                List.of(callId),
                "include_parties",
                true,
                "content",
                Map.of("topics", true)));
    assertThat(extensive.path("calls").get(0).path("parties")).isNotEmpty();

    JsonNode transcripts =
        ok(
            c,
            "retrieve_transcripts_of_calls",
            Map.of("call_ids", List.of(callId), "max_sentences_per_call", 5));
    JsonNode sentence = transcripts.path("transcripts").get(0).path("sentences").get(0);
    assertThat(sentence.path("speaker").asText()).isNotBlank();
    assertThat(sentence.path("affiliation").asText()).isIn("Internal", "External");

    String title = calls.path("calls").get(0).path("title").asText();
    String word = title.split("\\s+")[title.split("\\s+").length - 1];
    JsonNode found =
        ok(
            c,
            "search_calls",
            Map.of(
                "from_date",
                RANGE_FROM,
                "to_date",
                RANGE_TO,
                "keywords",
                List.of(word),
                "page_size",
                50));
    assertThat(found.path("calls").findValuesAsText("id")).contains(callId);
    assertThat(found.path("pagination").path("currentPage").asInt()).isEqualTo(1);
  }

  @Test
  void acceptsOtherSpellingsOfParameters() throws Exception {
    JsonNode calls =
        ok(
            readOnly(),
            "list_calls",
            Map.of("fromDate", RANGE_FROM, "to-date", RANGE_TO, "limit", 2));
    assertThat(calls.path("count").asInt()).isEqualTo(2);
  }

  @Test
  void returnsErrorEnvelopesAsToolErrors() throws Exception {
    long before = sim.requestCount();
    JsonNode missing = call(readOnly(), "get_call", Map.of());
    assertThat(missing.path("success").asBoolean()).isFalse();
    assertThat(missing.path("error").path("type").asText()).isEqualTo("invalid_parameter");
    assertThat(missing.path("error").path("parameter").asText()).isEqualTo("call_id");
    JsonNode badDate = call(readOnly(), "search_calls", Map.of("from_date", "next week"));
    assertThat(badDate.path("error").path("parameter").asText()).isEqualTo("from_date");
    assertThat(sim.requestCount()).isEqualTo(before);

    JsonNode unknown = call(readOnly(), "get_call", Map.of("call_id", "4242"));
    assertThat(unknown.path("error").path("type").asText()).isEqualTo("not_found");
    assertThat(unknown.path("error").path("status").asInt()).isEqualTo(404);
    assertThat(unknown.path("error").path("requestId").asText()).isNotBlank();
  }

  @Test
  void addsACallWhenWritesAreAllowed() throws Exception {
    McpSyncClient c = writes();
    JsonNode user =
        ok(c, "list_users", Map.of("include_inactive", false, "max_results", 1))
            .path("users")
            .get(0);
    String host = user.path("id").asText();
    String participants =
        "[{\"userId\":\""
            + host
            + "\",\"name\":\"Host\",\"mediaChannelId\":1},"
            + "{\"name\":\"Jane Smith\",\"phoneNumber\":\"+1 555-555-1212\",\"mediaChannelId\":0}]";
    JsonNode added =
        ok(
            c,
            "add_new_call",
            Map.of(
                "client_unique_id",
                "mcp-" + getClass().getSimpleName(),
                "actual_start",
                "2025-01-13T01:30:00-08:00",
                "direction",
                "Outbound",
                "primary_user",
                host,
                "participants",
                participants,
                "call_title",
                "Sales Call with Jane Smith",
                "download_media_url",
                "https://example.com/" + getClass().getSimpleName() + ".mp3"));
    assertThat(added.path("callId").asText()).matches("\\d+");
    assertThat(added.path("status").asText()).isEqualTo("Processing");

    java.nio.file.Path media = java.nio.file.Files.createTempFile(MEDIA_DIR, "mcp-media", ".mp3");
    try {
      java.nio.file.Files.write(media, new byte[2048]);
      JsonNode pending =
          ok(
              c,
              "add_new_call",
              Map.of(
                  "client_unique_id",
                  "mcp-upload-" + getClass().getSimpleName(),
                  "actual_start",
                  "2025-01-14T01:30:00Z",
                  "direction",
                  "Inbound",
                  "primary_user",
                  host,
                  "participants",
                  participants));
      JsonNode uploaded =
          ok(
              c,
              "upload_call_media",
              Map.of("call_id", pending.path("callId").asText(), "media_file", media.toString()));
      assertThat(uploaded.path("bytes").asLong()).isEqualTo(2048);
      assertThat(uploaded.path("url").asText()).contains(pending.path("callId").asText());
    } finally {
      java.nio.file.Files.deleteIfExists(media);
    }

    JsonNode tooLong =
        call(
            c,
            "add_new_call",
            Map.of(
                "client_unique_id",
                "x",
                "actual_start",
                "2025-01-13T01:30:00Z",
                "direction",
                "Outbound",
                "primary_user",
                host,
                "participants",
                participants,
                "purpose",
                "p".repeat(256)));
    assertThat(tooLong.path("error").path("parameter").asText()).isEqualTo("purpose");
  }

  @Test
  void forwardsProgressWhenTheClientAsksForIt() throws Exception {
    String token = "progress-" + getClass().getSimpleName();
    CallToolResult result =
        readOnly()
            .callTool(
                CallToolRequest.builder("retrieve_transcripts_of_calls")
                    .arguments(
                        Map.of(
                            "from_date",
                            RANGE_FROM,
                            "to_date",
                            RANGE_TO,
                            "max_calls",
                            3,
                            "max_sentences_per_call",
                            1))
                    .progressToken(token)
                    .build());
    assertThat(result.isError()).isFalse();
    long deadline = System.currentTimeMillis() + 5_000;
    while (progressEvents.stream()
            .noneMatch(p -> token.equals(p.progressToken()) && p.progress() >= 3)
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertThat(progressEvents)
        .filteredOn(p -> token.equals(p.progressToken()))
        .extracting(ProgressNotification::progress)
        .contains(1.0, 2.0, 3.0);
  }
}
