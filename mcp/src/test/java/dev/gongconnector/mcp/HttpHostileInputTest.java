package dev.gongconnector.mcp;

import static dev.gongconnector.mcp.RawHttpMcp.INITIALIZE;
import static dev.gongconnector.mcp.RawHttpMcp.INITIALIZED;
import static dev.gongconnector.mcp.RawHttpMcp.TOOLS_LIST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MCP over HTTP answers malformed bodies and missing or unknown sessions with JSON-RPC errors (not
 * a serialized Java exception) and accepts the bearer scheme in any case. Raw HTTP over loopback.
 */
class HttpHostileInputTest {

  private static final ObjectMapper M = new ObjectMapper();
  private static final String TOKEN = "hostile-test-token-0123456789abcdef";

  @RegisterExtension static final RawHttpMcp raw = new RawHttpMcp(TOKEN);

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
    HttpMcpServer server = raw.server(SessionLimits.DEFAULT);
    String session = raw.initialize(server);
    HttpResponse<String> invalid = raw.post(server, "{not json", session);
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertJsonRpcError(invalid, JsonRpcLine.PARSE_ERROR);
    assertJsonRpcError(raw.post(server, "[]", session), JsonRpcLine.INVALID_REQUEST);
    assertJsonRpcError(raw.post(server, "{\"jsonrpc\":\"2.0\",\"id\":{}}", session), -32600);
    HttpResponse<String> noSession = raw.post(server, TOOLS_LIST, null);
    assertThat(noSession.statusCode()).isEqualTo(400);
    assertJsonRpcError(noSession, JsonRpcLine.INVALID_REQUEST);
    HttpResponse<String> unknown = raw.post(server, TOOLS_LIST, "no-such-session");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertJsonRpcError(unknown, HttpSessionGuard.SESSION_NOT_FOUND);
    // The real session still works after all that.
    raw.post(server, INITIALIZED, session);
    HttpResponse<String> tools = raw.post(server, TOOLS_LIST, session);
    assertThat(tools.statusCode()).as(tools.body()).isEqualTo(200);
    assertThat(tools.body()).contains("list_calls");
  }

  @Test
  void aKeyGivenTwiceInToolArgumentsIsRefused() throws Exception {
    HttpMcpServer server = raw.server(SessionLimits.DEFAULT);
    String session = raw.initialize(server);
    raw.post(server, INITIALIZED, session);
    JsonNode twice =
        envelope(
            raw.post(
                server,
                StdioHostileInputTest.toolCall(
                    3, "list_users", "{\"max_results\":2,\"max_results\":500}"),
                session));
    assertThat(twice.at("/error/type").asText()).isEqualTo("invalid_parameter");
    assertThat(twice.at("/error/parameter").asText()).isEqualTo("max_results");
    JsonNode once =
        envelope(
            raw.post(
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
    HttpMcpServer server = raw.server(SessionLimits.DEFAULT);
    assertThat(raw.post(server, INITIALIZE, null, "bearer " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(raw.post(server, INITIALIZE, null, "BEARER " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(raw.post(server, INITIALIZE, null, "bearer wrong").statusCode()).isEqualTo(401);
    assertThat(raw.post(server, INITIALIZE, null, TOKEN).statusCode()).isEqualTo(401);
  }
}
