package dev.gongconnector.mcp;

import static dev.gongconnector.mcp.RawHttpMcp.INITIALIZE;
import static dev.gongconnector.mcp.RawHttpMcp.INITIALIZED;
import static dev.gongconnector.mcp.RawHttpMcp.TOOLS_LIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MCP over HTTP keeps its sessions bounded: an idle one expires, and beyond the cap a new one is
 * refused with 503 and a JSON-RPC error while the open ones keep working. Raw HTTP over loopback.
 */
class HttpSessionLimitsTest {

  private static final ObjectMapper M = new ObjectMapper();
  private static final String TOKEN = "session-limits-token-0123456789abcdef";

  @RegisterExtension static final RawHttpMcp raw = new RawHttpMcp(TOKEN);

  /** A session past {@code initialize} and {@code notifications/initialized}. */
  private String initialize(HttpMcpServer server) throws Exception {
    String session = raw.initialize(server);
    assertThat(raw.post(server, INITIALIZED, session).statusCode()).isEqualTo(202);
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
    HttpMcpServer server = raw.server(new SessionLimits(Duration.ofSeconds(3), 100));
    String idle = initialize(server);
    String active = initialize(server);
    assertThat(server.sessionCount()).isEqualTo(2);
    // The active one is used every 300 ms for 5 s: longer than the idle timeout, never idle that
    // long.
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < end) {
      HttpResponse<String> tools = raw.post(server, TOOLS_LIST, active);
      assertThat(tools.statusCode()).as(tools.body()).isEqualTo(200);
      Thread.sleep(300);
    }
    HttpResponse<String> gone = raw.post(server, TOOLS_LIST, idle);
    assertThat(gone.statusCode()).as(gone.body()).isEqualTo(404);
    JsonNode error = M.readTree(gone.body());
    assertThat(error.at("/error/code").asInt()).isEqualTo(HttpSessionGuard.SESSION_NOT_FOUND);
    assertThat(gone.body()).doesNotContain("Exception");
    assertThat(server.sessionCount()).isEqualTo(1);
    awaitTrue(() -> server.expiredSessionsEnded() == 1, Duration.ofSeconds(10));
    // The client initializes again and carries on.
    String again = initialize(server);
    assertThat(raw.post(server, TOOLS_LIST, again).statusCode()).isEqualTo(200);
  }

  @Test
  void aSessionIsNotExpiredWhileItsRequestRuns() throws Exception {
    // A call that outlasts the idle timeout: the session is busy, not idle, and survives it.
    raw.sim()
        .faults()
        .enqueue(
            dev.gongconnector.simulator.Fault.stall(Duration.ofSeconds(4))
                .onPath("/v2/workspaces"));
    HttpMcpServer server = raw.server(new SessionLimits(Duration.ofSeconds(2), 100));
    String session = initialize(server);
    HttpResponse<String> slow =
        raw.post(
            server,
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"list_workspace_id_options\",\"arguments\":{}}}",
            session);
    assertThat(slow.statusCode()).as(slow.body()).isEqualTo(200);
    assertThat(slow.body()).contains("\"result\"");
    HttpResponse<String> after = raw.post(server, TOOLS_LIST, session);
    assertThat(after.statusCode())
        .as("right after its long request: " + after.body())
        .isEqualTo(200);
  }

  @Test
  void beyondTheCapANewSessionIsRefusedAndTheOpenOnesKeepWorking() throws Exception {
    HttpMcpServer server = raw.server(new SessionLimits(Duration.ofMinutes(30), 5));
    List<String> open = new ArrayList<>();
    for (int i = 0; i < 5; i++) open.add(initialize(server));
    HttpResponse<String> refused = raw.post(server, INITIALIZE, null);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("Mcp-Session-Id")).isEmpty();
    JsonNode error = M.readTree(refused.body());
    assertThat(error.path("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(error.at("/error/code").asInt()).isEqualTo(HttpSessionGuard.TOO_MANY_SESSIONS);
    assertThat(error.at("/error/message").asText()).contains("Too many sessions", "5");
    for (String s : open) assertThat(raw.post(server, TOOLS_LIST, s).statusCode()).isEqualTo(200);
    assertThat(server.sessionCount()).isEqualTo(5);

    // A client that ends its session makes room for a new one.
    assertThat(raw.delete(server, open.get(0)).statusCode()).isEqualTo(200);
    assertThat(raw.post(server, INITIALIZE, null).statusCode()).isEqualTo(200);
  }

  @Test
  void aFloodOfInitializeStaysWithinTheCapAndIdleSessionsMakeRoom() throws Exception {
    HttpMcpServer server = raw.server(new SessionLimits(Duration.ofSeconds(1), 20));
    int refused = 0;
    int ok = 0;
    for (int i = 0; i < 200; i++) {
      int status = raw.post(server, INITIALIZE, null).statusCode();
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
    assertThat(raw.post(server, INITIALIZE, null).statusCode()).isEqualTo(200);
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
