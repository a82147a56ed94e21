package dev.gongconnector.actions;

import static dev.gongconnector.actions.LocalGong.json;
import static dev.gongconnector.actions.LocalGong.wholeRange;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.simulator.Fault;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gong's failures come back in the envelope with status, requestId and a useful message; nothing
 * throws.
 */
class GongErrorsTest {

  private static LocalGong gong;

  /** One attempt, short timeouts: each fault surfaces at once. */
  private static ActionRegistry actions;

  @BeforeAll
  static void start() {
    gong = new LocalGong(30);
    // A generous timeout: the machine running the tests may be loaded; only the stall test wants a
    // short one.
    GongClient once =
        LocalGong.clientFor(gong.sim).maxAttempts(1).requestTimeout(Duration.ofSeconds(20)).build();
    actions = ActionRegistry.builder(once).build();
  }

  @AfterEach
  void clear() {
    gong.sim.faults().clear();
  }

  @AfterAll
  static void stop() {
    gong.close();
  }

  @Test
  void serverErrorKeepsStatusAndRequestId() {
    gong.sim.faults().enqueue(Fault.status(503).onPath("/v2/calls"));
    ActionError e =
        ResultAssert.failed(
            actions.execute("list_calls", json("{" + wholeRange() + "}")), "server_error");
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.requestId()).isNotBlank();
    assertThat(e.message()).contains("503");
  }

  @Test
  void rateLimitSaysHowLongToWait() {
    // Its own client: a 429 makes the client's shared limiter hold every later request for
    // Retry-After.
    GongClient own = LocalGong.clientFor(gong.sim).maxAttempts(1).build();
    gong.sim.faults().enqueue(Fault.rateLimited(30).onPath("/v2/workspaces"));
    ActionError e =
        ResultAssert.failed(
            ActionRegistry.builder(own).build().execute("list_workspace_id_options", null),
            "rate_limited");
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.retryAfterSeconds()).isEqualTo(30L);
  }

  @Test
  void droppedConnectionIsATransportError() {
    // A POST: the JDK's HTTP client silently retries an idempotent GET once on a dropped
    // connection.
    gong.sim.faults().enqueue(Fault.drop().onPath("/v2/calls/extensive").times(2));
    ActionError e =
        ResultAssert.failed(
            actions.execute("get_extensive_data", json("{" + wholeRange() + "}")), "transport");
    assertThat(e.status()).isNull();
  }

  @Test
  void stallBeyondTheTimeoutIsATransportError() {
    GongClient impatient =
        LocalGong.clientFor(gong.sim).maxAttempts(1).requestTimeout(Duration.ofSeconds(1)).build();
    gong.sim.faults().enqueue(Fault.stall(Duration.ofSeconds(3)).onPath("/v2/workspaces"));
    ActionError e =
        ResultAssert.failed(
            ActionRegistry.builder(impatient).build().execute("list_workspace_id_options", null),
            "transport");
    assertThat(e.message()).contains("/v2/workspaces");
  }

  @Test
  void truncatedJsonIsAMalformedResponse() {
    gong.sim.faults().enqueue(Fault.malformedJson().onPath("/v2/calls/extensive"));
    ActionError e =
        ResultAssert.failed(
            actions.execute("get_extensive_data", json("{" + wholeRange() + "}")),
            "malformed_response");
    assertThat(e.message()).isNotBlank();
  }

  @Test
  void failureInTheMiddleOfASearchIsReportedNotThrown() {
    gong.sim.faults().enqueue(Fault.status(500).onPath("/v2/calls/transcript"));
    ActionError e =
        ResultAssert.failed(
            actions.execute(
                "search_calls", json("{" + wholeRange() + ",\"keywords\":[\"pricing\"]}")),
            "server_error");
    assertThat(e.status()).isEqualTo(500);
  }

  @Test
  void wrongCredentialsAreAnAuthenticationError() {
    GongClient wrong =
        GongClient.builder()
            .baseUrl(gong.sim.baseUrl())
            .credentials("nobody", "wrong-secret-123")
            .rateLimitPerSecond(0)
            .maxAttempts(1)
            .build();
    ActionResult r =
        ActionRegistry.builder(wrong).build().execute("list_calls", json("{" + wholeRange() + "}"));
    ActionError e = ResultAssert.failed(r, "authentication");
    assertThat(e.status()).isEqualTo(401);
    assertThat(e.message()).doesNotContain("wrong-secret-123");
    JsonNode envelope = LocalGong.M.valueToTree(r);
    assertThat(envelope.toString()).doesNotContain("wrong-secret-123");
    assertThat(envelope.path("success").asBoolean()).isFalse();
    assertThat(envelope.has("data")).isFalse();
  }

  @Test
  void retriesHideTransientFaultsWithTheDefaultClient() {
    gong.sim.faults().enqueue(Fault.status(500).onPath("/v2/workspaces"));
    ResultAssert.ok(gong.registry(false).execute("list_workspace_id_options", null));
  }
}
