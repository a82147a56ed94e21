package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.simulator.GongSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * MCP over HTTP answers malformed bodies and missing or unknown sessions with JSON-RPC errors (not
 * a serialized Java exception) and accepts the bearer scheme in any case. Raw HTTP over loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpHostileInputTest {

  private static final ObjectMapper M = new ObjectMapper();
  private static final String TOKEN = "hostile-test-token-0123456789abcdef";
  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
  private static final String TOOLS_LIST =
      "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";

  private GongSimulator sim;
  private final List<HttpMcpServer> servers = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() {
    sim = GongSimulator.builder().calls(5).seed(4).rateLimitPerSecond(0).dailyLimit(0).start();
  }

  @AfterAll
  void stop() {
    servers.forEach(HttpMcpServer::close);
    sim.close();
  }

  private HttpMcpServer server() {
    GongClient client =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .rateLimitPerSecond(0)
            .build();
    GongMcpServer mcp =
        GongMcpServer.builder().actions(ActionRegistry.builder(client).build().list()).build();
    HttpMcpServer server = HttpMcpServer.start(mcp, "127.0.0.1", 0, TOKEN);
    servers.add(server);
    return server;
  }

  private HttpResponse<String> post(HttpMcpServer server, String body, String session)
      throws Exception {
    return post(server, body, session, "Bearer " + TOKEN);
  }

  private HttpResponse<String> post(
      HttpMcpServer server, String body, String session, String authorization) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url()))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) b.header("Mcp-Session-Id", session);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String initialize(HttpMcpServer server) throws Exception {
    HttpResponse<String> r = post(server, INITIALIZE, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.headers().firstValue("Mcp-Session-Id").orElseThrow();
  }

  private static void assertJsonRpcError(HttpResponse<String> r, int code) throws Exception {
    assertThat(r.body())
        .as("no Java exception")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.body().length()).isLessThan(1000);
    JsonNode json = M.readTree(r.body());
    assertThat(json.path("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(json.at("/error/code").asInt()).as(r.body()).isEqualTo(code);
  }

  @Test
  void malformedBodiesAndSessionsGetJsonRpcErrors() throws Exception {
    HttpMcpServer server = server();
    String session = initialize(server);
    HttpResponse<String> invalid = post(server, "{not json", session);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertJsonRpcError(invalid, JsonRpcLine.PARSE_ERROR);
    assertJsonRpcError(post(server, "[]", session), JsonRpcLine.INVALID_REQUEST);
    assertJsonRpcError(post(server, "{\"jsonrpc\":\"2.0\",\"id\":{}}", session), -32600);
    HttpResponse<String> noSession = post(server, TOOLS_LIST, null);
    assertThat(noSession.statusCode()).isEqualTo(400);
    assertJsonRpcError(noSession, JsonRpcLine.INVALID_REQUEST);
    HttpResponse<String> unknown = post(server, TOOLS_LIST, "no-such-session");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertJsonRpcError(unknown, HttpSessionGuard.SESSION_NOT_FOUND);
    // The real session still works after all that.
    post(server, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", session);
    HttpResponse<String> tools = post(server, TOOLS_LIST, session);
    assertThat(tools.statusCode()).as(tools.body()).isEqualTo(200);
    assertThat(tools.body()).contains("list_calls");
  }

  @Test
  void aKeyGivenTwiceInToolArgumentsIsRefused() throws Exception {
    HttpMcpServer server = server();
    String session = initialize(server);
    post(server, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", session);
    JsonNode twice =
        envelope(
            post(
                server,
                StdioHostileInputTest.toolCall(
                    3, "list_users", "{\"max_results\":2,\"max_results\":500}"),
                session));
    assertThat(twice.at("/error/type").asText()).isEqualTo("invalid_parameter");
    assertThat(twice.at("/error/parameter").asText()).isEqualTo("max_results");
    JsonNode once =
        envelope(
            post(
                server,
                StdioHostileInputTest.toolCall(4, "list_users", "{\"max_results\":2}"),
                session));
    assertThat(once.at("/data/count").asInt()).isEqualTo(2);
  }

  /** The envelope of a tools/call answered as JSON or as one server-sent event. */
  private static JsonNode envelope(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String body = r.body().strip();
    if (!body.startsWith("{")) {
      body =
          body.lines()
              .filter(l -> l.startsWith("data:"))
              .map(l -> l.substring(5).strip())
              .findFirst()
              .orElseThrow();
    }
    return StdioHostileInputTest.envelope(M.readTree(body));
  }

  @Test
  void theBearerSchemeIsCaseInsensitive() throws Exception {
    HttpMcpServer server = server();
    assertThat(post(server, INITIALIZE, null, "bearer " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(post(server, INITIALIZE, null, "BEARER " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(post(server, INITIALIZE, null, "bearer wrong").statusCode()).isEqualTo(401);
    assertThat(post(server, INITIALIZE, null, TOKEN).statusCode()).isEqualTo(401);
  }
}
