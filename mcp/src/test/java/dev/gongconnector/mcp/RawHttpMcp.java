package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local Gong and MCP-over-HTTP servers on it, spoken to with raw JSON-RPC over loopback: for the
 * tests of what the SDK's client would never send. Register it as a static extension: it starts the
 * Gong before the class's tests and stops the servers, then the Gong, after them.
 */
final class RawHttpMcp implements BeforeAllCallback, AfterAllCallback {

  static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
  static final String INITIALIZED =
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
  static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";

  private final String token;
  private GongSimulator sim;
  private final List<HttpMcpServer> servers = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  /** Servers started later take {@code token}. */
  RawHttpMcp(String token) {
    this.token = token;
  }

  /** Starts a small local Gong without rate limits. */
  @Override
  public void beforeAll(ExtensionContext context) {
    sim = GongSimulator.builder().calls(5).seed(4).rateLimitPerSecond(0).dailyLimit(0).start();
  }

  GongSimulator sim() {
    return sim;
  }

  /** A new MCP server over HTTP with every read action on the local Gong. */
  HttpMcpServer server(SessionLimits limits) {
    GongClient client = LocalGong.client(sim);
    GongMcpServer mcp =
        GongMcpServer.builder().actions(ActionRegistry.builder(client).build().list()).build();
    HttpMcpServer server = mcp.startHttp("127.0.0.1", 0, token, limits);
    servers.add(server);
    return server;
  }

  /** Posts {@code body} with the server's token, in {@code session} unless it is null. */
  HttpResponse<String> post(HttpMcpServer server, String body, String session) throws Exception {
    return post(server, body, session, "Bearer " + token);
  }

  /** Posts {@code body} with header {@code Authorization: authorization}. */
  HttpResponse<String> post(HttpMcpServer server, String body, String session, String authorization)
      throws Exception {
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

  /** Sends {@code initialize} alone and returns the new session's id. */
  String initialize(HttpMcpServer server) throws Exception {
    HttpResponse<String> r = post(server, INITIALIZE, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.headers().firstValue("Mcp-Session-Id").orElseThrow();
  }

  /** Ends {@code session} as a client does, with {@code DELETE}. */
  HttpResponse<String> delete(HttpMcpServer server, String session) throws Exception {
    HttpRequest delete =
        HttpRequest.newBuilder(URI.create(server.url()))
            .header("Authorization", "Bearer " + token)
            .header("Mcp-Session-Id", session)
            .DELETE()
            .build();
    return http.send(delete, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    servers.forEach(HttpMcpServer::close);
    sim.close();
  }
}
