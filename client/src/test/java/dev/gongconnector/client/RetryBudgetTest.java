package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transient failures are retried until a time budget is spent, not a count; the error that ends it
 * says how long it tried; error bodies that echo the credential are redacted.
 */
class RetryBudgetTest {

  static GongSimulator sim;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(20).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    SimTestSupport.reset(sim);
  }

  /** The defaults (no attempt cap) with the test's timeouts. */
  private static GongClient.Builder client() {
    return GongClient.builder()
        .baseUrl(sim.baseUrl())
        .credentials(sim.accessKey(), sim.accessKeySecret())
        .rateLimitPerSecond(0)
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(5));
  }

  @Test
  void everyKindOfTransientFailureIsRetriedPastTheOldAttemptCount() {
    // Seven failures in a row: more than the five attempts the client used to stop at.
    sim.faults().enqueue(Fault.rateLimited(1).onPath("/v2/workspaces"));
    sim.faults().enqueue(Fault.status(503).onPath("/v2/workspaces"));
    sim.faults().enqueue(Fault.malformedJson().onPath("/v2/workspaces"));
    sim.faults().enqueue(Fault.status(502).onPath("/v2/workspaces"));
    sim.faults().enqueue(Fault.dropMidBody().onPath("/v2/workspaces"));
    sim.faults().enqueue(Fault.status(504).onPath("/v2/workspaces"));
    sim.faults().enqueue(Fault.rateLimited(1).onPath("/v2/workspaces"));
    GongClient gong = client().retryBudget(Duration.ofMinutes(2)).build();
    assertThat(gong.workspaces().list()).isNotEmpty();
    assertThat(sim.requestCount("/v2/workspaces")).isEqualTo(8);
    assertThat(sim.faults().pending()).isZero();
  }

  @Test
  void theBudgetEndsItAndTheErrorSaysHowLongItTried() {
    // Warm up first (a variant shares the HTTP client): on a loaded machine the first request of a
    // JVM can take seconds, more than the short budget below.
    GongClient warm = client().requestTimeout(Duration.ofSeconds(60)).build();
    assertThat(warm.workspaces().list()).isNotEmpty();
    GongClient gong = warm.newBuilder().retryBudget(Duration.ofSeconds(3)).build();
    sim.resetRequestCounts();
    sim.faults().enqueue(Fault.status(503).onPath("/v2/workspaces").times(1000));
    long t0 = System.nanoTime();
    GongException e = catchThrowableOfType(() -> gong.workspaces().list(), GongException.class);
    long seconds = (System.nanoTime() - t0) / 1_000_000_000;
    assertThat(e).isNotNull();
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.getMessage())
        .containsPattern("gave up after \\d+ attempts? over")
        .contains("retry budget 3.0 s");
    assertThat(sim.requestCount("/v2/workspaces")).isPositive();
    assertThat(seconds).as("bounded by the budget, not by a count").isLessThan(60);
  }

  @Test
  void batchWorkGetsALongerBudgetUnlessOneWasChosen() {
    GongClient interactive = client().build();
    assertThat(interactive.config().maxRetryTime()).isEqualTo(GongClient.INTERACTIVE_RETRY_BUDGET);
    assertThat(interactive.forBatchWork().config().maxRetryTime())
        .isEqualTo(GongClient.BATCH_RETRY_BUDGET);
    GongClient chosen = client().retryBudget(Duration.ofSeconds(7)).build();
    assertThat(chosen.forBatchWork().config().maxRetryTime()).isEqualTo(Duration.ofSeconds(7));
    GongClient chosenTwoMinutes = client().retryBudget(GongClient.INTERACTIVE_RETRY_BUDGET).build();
    assertThat(chosenTwoMinutes.forBatchWork().config().maxRetryTime())
        .as("a budget chosen by hand is kept even when it equals the default")
        .isEqualTo(GongClient.INTERACTIVE_RETRY_BUDGET);
    assertThat(chosenTwoMinutes.newBuilder().build().forBatchWork().config().maxRetryTime())
        .as("a variant inherits the choice")
        .isEqualTo(GongClient.INTERACTIVE_RETRY_BUDGET);
  }

  @Test
  void anErrorBodyEchoingTheCredentialIsRedacted() throws Exception {
    AtomicInteger hits = new AtomicInteger();
    HttpServer echo =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    echo.createContext(
        "/",
        ex -> {
          hits.incrementAndGet();
          String auth = ex.getRequestHeaders().getFirst("Authorization");
          byte[] body =
              ("{\"requestId\":\"r1\",\"errors\":[\"bad request, you sent Authorization: "
                      + auth
                      + " and token "
                      + auth.substring(auth.indexOf(' ') + 1)
                      + " secret s3cr3t-value-never-shown\"]}")
                  .getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(400, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    echo.start();
    try {
      GongClient gong =
          GongClient.builder()
              .baseUrl("http://127.0.0.1:" + echo.getAddress().getPort())
              .credentials("test-key", "s3cr3t-value-never-shown")
              .rateLimitPerSecond(0)
              .build();
      GongException e = catchThrowableOfType(() -> gong.workspaces().list(), GongException.class);
      assertThat(hits.get()).isEqualTo(1);
      String basic =
          java.util.Base64.getEncoder()
              .encodeToString("test-key:s3cr3t-value-never-shown".getBytes(StandardCharsets.UTF_8));
      assertThat(e.getMessage())
          .contains("[REDACTED]")
          .doesNotContain("s3cr3t-value-never-shown")
          .doesNotContain(basic);
      assertThat(String.join(" ", e.errors())).doesNotContain("s3cr3t").doesNotContain(basic);
    } finally {
      echo.stop(0);
    }
  }
}
