package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

  static GongSimulator sim;
  static SimHttp http;

  @BeforeAll
  static void start() {
    sim = GongSimulator.builder().calls(30).rateLimitPerSecond(0).dailyLimit(0).start();
    http = new SimHttp(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void clear() {
    sim.faults().clear();
  }

  @Test
  void statusFaultAnswersGongErrorBodyOnce() throws Exception {
    sim.faults().enqueue(Fault.status(500));
    SimHttp.Answer a = http.get("/v2/workspaces");
    assertThat(a.status()).isEqualTo(500);
    assertThat(a.json().get("requestId").asText()).isNotBlank();
    assertThat(a.json().get("errors")).isNotEmpty();
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
  }

  @Test
  void rateLimitedFaultCarriesRetryAfter() throws Exception {
    sim.faults().enqueue(Fault.rateLimited(2));
    SimHttp.Answer a = http.get("/v2/users");
    assertThat(a.status()).isEqualTo(429);
    assertThat(a.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(a.json().get("errors").get(0).asText()).contains("limit");
  }

  @Test
  void onPathAndTimes() throws Exception {
    sim.faults().enqueue(Fault.status(503).onPath("/v2/calls/transcript").times(3));
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
    for (int i = 0; i < 3; i++) {
      assertThat(http.post("/v2/calls/transcript", "{\"filter\":{}}").status()).isEqualTo(503);
    }
    assertThat(sim.faults().pending()).isZero();
    assertThat(http.post("/v2/calls/transcript", "{\"filter\":{}}").status()).isEqualTo(200);
  }

  @Test
  void onMethod() throws Exception {
    sim.faults().enqueue(Fault.status(500).onPath("/v2/calls").onMethod("post"));
    assertThat(http.get("/v2/calls?" + http.allRange()).status()).isEqualTo(200);
    assertThat(http.post("/v2/calls", "{}").status()).isEqualTo(500);
    assertThat(http.post("/v2/calls", "{}").status()).isEqualTo(400);
  }

  @Test
  void prefixPathAndOrder() throws Exception {
    sim.faults().enqueue(Fault.status(502).onPath("/v2/users*"), Fault.status(504));
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(504);
    assertThat(http.get("/v2/users/123").status()).isEqualTo(502);
    assertThat(http.get("/v2/users").status()).isEqualTo(200);
  }

  @Test
  void dropClosesTheConnectionWithoutAnAnswer() throws Exception {
    // java.net.http retries an idempotent GET once by itself when the connection closes: drop it
    // twice.
    sim.faults().enqueue(Fault.drop().times(2));
    assertThatThrownBy(() -> http.get("/v2/workspaces")).isInstanceOf(IOException.class);
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
    // POST is never retried by the client, even on a reused connection.
    sim.faults().enqueue(Fault.drop());
    assertThatThrownBy(() -> http.post("/v2/calls/transcript", "{\"filter\":{}}"))
        .isInstanceOf(IOException.class);
    // On a raw socket: nothing at all comes back.
    sim.faults().enqueue(Fault.drop());
    try (Socket s = new Socket("127.0.0.1", sim.port())) {
      s.setSoTimeout(5000);
      s.getOutputStream()
          .write(
              ("GET /v2/workspaces HTTP/1.1\r\nHost: x\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = s.getInputStream();
      int first;
      try {
        first = in.read();
      } catch (java.net.SocketException reset) {
        first = -1;
      }
      assertThat(first).isEqualTo(-1);
    }
  }

  @Test
  void dropMidBodyBreaksTheBody() throws Exception {
    sim.faults().enqueue(Fault.dropMidBody().times(2));
    assertThatThrownBy(() -> http.get("/v2/workspaces")).isInstanceOf(IOException.class);
    sim.faults().enqueue(Fault.dropMidBody());
    assertThatThrownBy(() -> http.post("/v2/calls/transcript", "{\"filter\":{}}"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void stallDelaysTheAnswer() throws Exception {
    sim.faults().enqueue(Fault.stall(Duration.ofMillis(700)));
    long t0 = System.nanoTime();
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - t0))
        .isGreaterThanOrEqualTo(Duration.ofMillis(650));
    // a client with a shorter timeout gives up
    sim.faults().enqueue(Fault.stall(Duration.ofSeconds(2)));
    assertThatThrownBy(
            () -> http.send(http.request("/v2/workspaces").timeout(Duration.ofMillis(300)).build()))
        .isInstanceOf(java.net.http.HttpTimeoutException.class);
  }

  @Test
  void malformedJsonIsTruncated() throws Exception {
    sim.faults().enqueue(Fault.malformedJson());
    SimHttp.Answer a = http.get("/v2/workspaces");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json()).isNull();
    assertThat(a.text()).startsWith("{\"requestId\"");
    assertThatThrownBy(() -> SimHttp.JSON.readTree(a.raw())).isInstanceOf(IOException.class);
  }

  @Test
  void faultsCountAsRequests() throws Exception {
    long before = sim.requestCount("/v2/workspaces");
    sim.faults().enqueue(Fault.status(500).times(2));
    http.get("/v2/workspaces");
    http.get("/v2/workspaces");
    assertThat(sim.requestCount("/v2/workspaces")).isEqualTo(before + 2);
  }

  @Test
  void faultValidation() {
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.drop().times(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Fault.status(500).onPath("/v2/calls").times(2).toString())
        .contains("500")
        .contains("/v2/calls");
  }

  @Test
  void randomFaultRateAndLatency() throws Exception {
    try (GongSimulator flaky =
        GongSimulator.builder().calls(5).rateLimitPerSecond(0).faultRate(0.5).start()) {
      SimHttp h = new SimHttp(flaky);
      int ok = 0;
      int failed = 0;
      for (int i = 0; i < 40; i++) {
        try {
          int s = h.get("/v2/workspaces").status();
          if (s == 200) {
            ok++;
          } else {
            assertThat(s).isEqualTo(500);
            failed++;
          }
        } catch (IOException dropped) {
          failed++;
        }
      }
      assertThat(ok).isBetween(5, 35);
      assertThat(failed).isBetween(5, 35);
    }
    try (GongSimulator slow =
        GongSimulator.builder().calls(5).rateLimitPerSecond(0).latencyMs(300).start()) {
      long t0 = System.nanoTime();
      assertThat(new SimHttp(slow).get("/v2/workspaces").status()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - t0))
          .isGreaterThanOrEqualTo(Duration.ofMillis(290));
    }
  }
}
