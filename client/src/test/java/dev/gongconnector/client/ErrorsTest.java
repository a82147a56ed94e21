package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error class, each with status, Gong's requestId and messages, and never a secret. */
class ErrorsTest {

  static GongSimulator sim;
  static GongClient gong;
  static GongClient once;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(50).start();
    gong = SimTestSupport.client(sim).build();
    once = gong.newBuilder().maxAttempts(1).build();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    SimTestSupport.reset(sim);
  }

  private static void assertNoSecret(Throwable e) {
    String all = e.toString() + " " + e.getMessage();
    assertThat(all)
        .doesNotContain(sim.accessKeySecret())
        .doesNotContain("Basic ")
        .doesNotContain("Authorization");
  }

  @Test
  void wrongSecretIsAuthenticationAndNotRetried() {
    GongClient bad =
        SimTestSupport.client(sim).credentials(sim.accessKey(), "wrong-secret-xyz").build();
    AuthenticationException e =
        catchThrowableOfType(() -> bad.workspaces().list(), AuthenticationException.class);
    assertThat(e.status()).isEqualTo(401);
    assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION);
    assertThat(e.requestId()).isNotBlank();
    assertThat(e.errors()).isNotEmpty();
    assertThat(e.getMessage()).startsWith("Gong answered 401 (requestId " + e.requestId() + "): ");
    assertThat(e.getMessage()).doesNotContain("wrong-secret-xyz");
    assertNoSecret(e);
    assertThat(sim.requestCount()).isEqualTo(1);
  }

  @Test
  void bearerTokenWorksAndBadTokenFails() {
    try (GongSimulator s = SimTestSupport.sim(5).bearerToken("tok-abc").start()) {
      GongClient c =
          GongClient.builder()
              .baseUrl(s.baseUrl() + "/v2/")
              .bearerToken("tok-abc")
              .rateLimitPerSecond(0)
              .build();
      assertThat(c.workspaces().list()).isNotEmpty();
      GongClient wrong = c.newBuilder().bearerToken("tok-wrong").build();
      assertThatThrownBy(() -> wrong.workspaces().list())
          .isInstanceOf(AuthenticationException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tok-wrong"));
    }
  }

  @Test
  void forbiddenIsPermission() {
    sim.faults().enqueue(Fault.status(403));
    PermissionException e =
        catchThrowableOfType(() -> gong.users().list().toList(), PermissionException.class);
    assertThat(e.status()).isEqualTo(403);
    assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION);
    assertThat(e.errors()).containsExactly("Access denied");
    assertThat(sim.requestCount()).isEqualTo(1);
  }

  @Test
  void badRequestIsInvalidRequestWithTheField() {
    // An invalid cursor: the simulator answers 400 naming "cursor".
    InvalidRequestException e =
        catchThrowableOfType(
            () ->
                gong.calls()
                    .listPage(
                        CallListRequest.of(SimTestSupport.from(), SimTestSupport.to()),
                        "not-a-cursor"),
            InvalidRequestException.class);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.field()).isEqualTo("cursor");
    assertThat(e.requestId()).isNotBlank();
    assertThat(sim.requestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorsAreRetriedThenSurfaced() {
    sim.faults().enqueue(Fault.status(503).onPath("/v2/workspaces").times(10));
    ServerException e = catchThrowableOfType(() -> gong.workspaces().list(), ServerException.class);
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.kind()).isEqualTo(ErrorKind.SERVER);
    assertThat(sim.requestCount("/v2/workspaces")).isEqualTo(4); // maxAttempts
  }

  @Test
  void malformedJsonIsClearAndRetriedForReads() {
    sim.faults().enqueue(Fault.malformedJson().onPath("/v2/workspaces"));
    MalformedResponseException e =
        catchThrowableOfType(() -> once.workspaces().list(), MalformedResponseException.class);
    assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("GET /v2/workspaces").contains("not the expected JSON");

    sim.faults().enqueue(Fault.malformedJson().onPath("/v2/workspaces"));
    assertThat(gong.workspaces().list()).isNotEmpty();
    assertThat(sim.requestCount("/v2/workspaces")).isEqualTo(3);
  }

  @Test
  void noAnswerIsTransport() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    GongClient dead =
        GongClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .credentials("k", "s")
            .rateLimitPerSecond(0)
            .maxAttempts(2)
            .connectTimeout(Duration.ofMillis(500))
            .build();
    TransportException e =
        catchThrowableOfType(() -> dead.workspaces().list(), TransportException.class);
    assertThat(e.status()).isZero();
    assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
    assertThat(e.getMessage()).contains("GET /v2/workspaces").doesNotContain("s@");
    // The user must see where we tried to connect and why it failed, not a bare "ConnectException".
    assertThat(e.getMessage())
        .contains("127.0.0.1:" + port)
        .containsIgnoringCase("could not connect");
  }

  @Test
  void unknownHostSaysSo() {
    GongClient nowhere =
        GongClient.builder()
            .baseUrl("https://gong-connector-test.invalid")
            .credentials("k", "s")
            .rateLimitPerSecond(0)
            .maxAttempts(1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    TransportException e =
        catchThrowableOfType(() -> nowhere.workspaces().list(), TransportException.class);
    assertThat(e.getMessage()).contains("gong-connector-test.invalid", "unknown host");
  }

  @Test
  void droppedConnectionWithoutRetryIsTransport() {
    // times(2): the JDK client itself re-sends a GET once when a pooled connection closes before
    // any answer.
    sim.faults().enqueue(Fault.drop().onPath("/v2/workspaces").times(2));
    TransportException e =
        catchThrowableOfType(() -> once.workspaces().list(), TransportException.class);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("No answer from Gong to GET /v2/workspaces");
    assertNoSecret(e);
  }

  @Test
  void unexpectedStatusKeepsStatusAndRequestId() {
    sim.faults().enqueue(Fault.status(418).onPath("/v2/workspaces"));
    GongException e = catchThrowableOfType(() -> gong.workspaces().list(), GongException.class);
    assertThat(e).isInstanceOf(UnexpectedStatusException.class);
    assertThat(e.status()).isEqualTo(418);
    assertThat(e.requestId()).isNotBlank();
    assertThat(sim.requestCount()).isEqualTo(1);
  }

  @Test
  void unknownUserIsNotFound() {
    NotFoundException e =
        catchThrowableOfType(() -> gong.users().get("999999999999"), NotFoundException.class);
    assertThat(e.status()).isEqualTo(404);
    assertNoSecret(e);
  }
}
