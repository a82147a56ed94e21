package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * MCP over HTTP keeps its sessions bounded: an idle one expires, and beyond the cap a new one is
 * refused with 503 and a JSON-RPC error while the open ones keep working. Raw HTTP over loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpSessionLimitsTest {

  private static final ObjectMapper M = new ObjectMapper();
  private static final String TOKEN = "session-limits-token-0123456789abcdef";
  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
  private static final String INITIALIZED =
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
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

  private HttpMcpServer server(SessionLimits limits) {
    GongClient client =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .rateLimitPerSecond(0)
            .build();
    GongMcpServer mcp =
        GongMcpServer.builder().actions(ActionRegistry.builder(client).build().list()).build();
    HttpMcpServer server = mcp.startHttp("127.0.0.1", 0, TOKEN, limits);
    servers.add(server);
    return server;
  }

  private HttpResponse<String> post(HttpMcpServer server, String body, String session)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url()))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) b.header("Mcp-Session-Id", session);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String initialize(HttpMcpServer server) throws Exception {
    HttpResponse<String> r = post(server, INITIALIZE, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String session = r.headers().firstValue("Mcp-Session-Id").orElseThrow();
    assertThat(post(server, INITIALIZED, session).statusCode()).isEqualTo(202);
    return session;
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration max)
      throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < end) Thread.sleep(50);
    assertThat(condition.getAsBoolean()).as("within " + max).isTrue();
  }

  @Test
  void anIdleSessionExpiresAndIsEndedWhileAnActiveOneLives() throws Exception {
    HttpMcpServer server = server(new SessionLimits(Duration.ofSeconds(3), 100));
    String idle = initialize(server);
    String active = initialize(server);
    assertThat(server.sessionCount()).isEqualTo(2);
    // The active one is used every 300 ms for 5 s: longer than the idle timeout, never idle that
    // long.
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < end) {
      HttpResponse<String> tools = post(server, TOOLS_LIST, active);
      assertThat(tools.statusCode()).as(tools.body()).isEqualTo(200);
      Thread.sleep(300);
    }
    HttpResponse<String> gone = post(server, TOOLS_LIST, idle);
    assertThat(gone.statusCode()).as(gone.body()).isEqualTo(404);
    JsonNode error = M.readTree(gone.body());
    assertThat(error.at("/error/code").asInt()).isEqualTo(HttpSessionGuard.SESSION_NOT_FOUND);
    assertThat(gone.body()).doesNotContain("Exception");
    assertThat(server.sessionCount()).isEqualTo(1);
    awaitTrue(() -> server.expiredSessionsEnded() == 1, Duration.ofSeconds(10));
    // The client initializes again and carries on.
    String again = initialize(server);
    assertThat(post(server, TOOLS_LIST, again).statusCode()).isEqualTo(200);
  }

  @Test
  void aSessionIsNotExpiredWhileItsRequestRuns() throws Exception {
    // A call that outlasts the idle timeout: the session is busy, not idle, and survives it.
    sim.faults()
        .enqueue(
            dev.gongconnector.simulator.Fault.stall(Duration.ofSeconds(4))
                .onPath("/v2/workspaces"));
    HttpMcpServer server = server(new SessionLimits(Duration.ofSeconds(2), 100));
    String session = initialize(server);
    HttpResponse<String> slow =
        post(
            server,
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"list_workspace_id_options\",\"arguments\":{}}}",
            session);
    assertThat(slow.statusCode()).as(slow.body()).isEqualTo(200);
    assertThat(slow.body()).contains("\"result\"");
    HttpResponse<String> after = post(server, TOOLS_LIST, session);
    assertThat(after.statusCode())
        .as("right after its long request: " + after.body())
        .isEqualTo(200);
  }

  @Test
  void beyondTheCapANewSessionIsRefusedAndTheOpenOnesKeepWorking() throws Exception {
    HttpMcpServer server = server(new SessionLimits(Duration.ofMinutes(30), 5));
    List<String> open = new ArrayList<>();
    for (int i = 0; i < 5; i++) open.add(initialize(server));
    HttpResponse<String> refused = post(server, INITIALIZE, null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("Mcp-Session-Id")).isEmpty();
    JsonNode error = M.readTree(refused.body());
    assertThat(error.path("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(error.at("/error/code").asInt()).isEqualTo(HttpSessionGuard.TOO_MANY_SESSIONS);
    assertThat(error.at("/error/message").asText()).contains("Too many sessions", "5");
    for (String s : open) assertThat(post(server, TOOLS_LIST, s).statusCode()).isEqualTo(200);
    assertThat(server.sessionCount()).isEqualTo(5);

    // A client that ends its session makes room for a new one.
    HttpRequest delete =
        HttpRequest.newBuilder(URI.create(server.url()))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Mcp-Session-Id", open.get(0))
            .DELETE()
            .build();
    assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    assertThat(post(server, INITIALIZE, null).statusCode()).isEqualTo(200);
  }

  @Test
  void aFloodOfInitializeStaysWithinTheCapAndIdleSessionsMakeRoom() throws Exception {
    HttpMcpServer server = server(new SessionLimits(Duration.ofSeconds(1), 20));
    int refused = 0;
    int ok = 0;
    for (int i = 0; i < 200; i++) {
      int status = post(server, INITIALIZE, null).statusCode();
      if (status == 200) ok++;
      else if (status == 503) refused++;
      assertThat(server.sessionCount()).isLessThanOrEqualTo(20);
    }
    assertThat(ok + refused).isEqualTo(200);
    assertThat(ok).isGreaterThanOrEqualTo(20);
    long accepted = ok;
    // Nobody uses them: after the idle timeout every one is ended, in the guard and in the SDK.
    awaitTrue(() -> server.sessionCount() == 0, Duration.ofSeconds(20));
    awaitTrue(() -> server.expiredSessionsEnded() == accepted, Duration.ofSeconds(20));
    assertThat(post(server, INITIALIZE, null).statusCode()).isEqualTo(200);
  }

  @Test
  void limitsComeFromTheEnvironmentAndBadOnesAreRefused() {
    assertThat(SessionLimits.fromEnvironment(Map.of())).isEqualTo(SessionLimits.DEFAULT);
    SessionLimits limits =
        SessionLimits.fromEnvironment(
            Map.of(SessionLimits.ENV_IDLE, "90s", SessionLimits.ENV_MAX, "12"));
    assertThat(limits).isEqualTo(new SessionLimits(Duration.ofSeconds(90), 12));
    assertThatThrownBy(() -> SessionLimits.fromEnvironment(Map.of(SessionLimits.ENV_IDLE, "soon")))
        .hasMessageContaining(SessionLimits.ENV_IDLE);
    assertThatThrownBy(() -> SessionLimits.fromEnvironment(Map.of(SessionLimits.ENV_MAX, "0")))
        .hasMessageContaining(SessionLimits.ENV_MAX);
    assertThatThrownBy(
            () ->
                SessionLimits.fromEnvironment(
                    Map.of(SessionLimits.ENV_MAX, "18446744073709551617")))
        .hasMessageContaining(SessionLimits.ENV_MAX);
  }
}
