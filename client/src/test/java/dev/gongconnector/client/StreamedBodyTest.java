package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.TranscriptRequest;
import dev.gongconnector.client.workspaces.Workspace;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 2xx bodies are parsed as they arrive: a body cut off mid-way is retried (never taken for bad
 * JSON), one that stalls after the headers ends at the request timeout, and the connection is
 * reused once the body is read.
 */
class StreamedBodyTest {

  static GongSimulator sim;
  static GongClient gong;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(150).start();
    gong = SimTestSupport.client(sim).build();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    SimTestSupport.reset(sim);
  }

  @Test
  void aTranscriptPageCutOffMidBodyIsRetriedAndComplete() {
    TranscriptRequest all = TranscriptRequest.between(SimTestSupport.from(), SimTestSupport.to());
    List<CallTranscript> expected = gong.calls().transcripts(all).toList();
    assertThat(expected).hasSizeGreaterThan(100);

    sim.resetRequestCounts();
    sim.faults().enqueue(Fault.dropMidBody().onPath("/v2/calls/transcript"));
    List<CallTranscript> again = gong.calls().transcripts(all).toList();

    assertThat(again).isEqualTo(expected);
    // Two pages, the first sent twice.
    assertThat(sim.requestCount("/v2/calls/transcript")).isEqualTo(3);
    assertThat(sim.faults().pending()).isZero();
  }

  @Test
  void aBodyCutOffIsATransportErrorThatSaysWhatBroke() {
    GongClient once = SimTestSupport.client(sim).maxAttempts(1).build();
    sim.faults().enqueue(Fault.dropMidBody().onPath("/v2/calls/transcript"));
    TranscriptRequest all = TranscriptRequest.between(SimTestSupport.from(), SimTestSupport.to());

    GongException e =
        catchThrowableOfType(() -> once.calls().transcripts(all).toList(), GongException.class);

    assertThat(e).isInstanceOf(TransportException.class);
    assertThat(e.getMessage())
        .contains("/v2/calls/transcript")
        .contains("broke off")
        .contains("fixed content-length")
        .doesNotContain(sim.accessKeySecret());
    assertThat(e.isTransient()).isTrue();
  }

  @Test
  void anExtensivePageCutOffMidBodyIsRetriedAndComplete() {
    List<String> ids =
        gong.calls()
            .list(CallListRequest.of(SimTestSupport.from(), SimTestSupport.to()))
            .limit(100)
            .map(Call::id)
            .toList();
    ExtensiveRequest request = ExtensiveRequest.forCallIds(ids, ContentSelector.all());
    List<CallData> expected = gong.calls().extensive(request).toList();
    assertThat(expected).hasSize(100);

    sim.resetRequestCounts();
    sim.faults().enqueue(Fault.dropMidBody().onPath("/v2/calls/extensive"));
    List<CallData> again = gong.calls().extensive(request).toList();

    assertThat(again).isEqualTo(expected);
    assertThat(sim.requestCount("/v2/calls/extensive")).isEqualTo(2);
  }

  @Test
  void aBodyThatStallsAfterTheHeadersEndsAtTheRequestTimeout() {
    GongClient impatient =
        SimTestSupport.client(sim).requestTimeout(Duration.ofSeconds(1)).maxAttempts(1).build();
    sim.faults().enqueue(Fault.stallMidBody(Duration.ofSeconds(8)).onPath("/v2/workspaces"));

    long t0 = System.nanoTime();
    TransportException e =
        catchThrowableOfType(() -> impatient.workspaces().list(), TransportException.class);
    long ms = (System.nanoTime() - t0) / 1_000_000;

    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("GET /v2/workspaces")
        .contains("stalled")
        .contains("1000 ms")
        .doesNotContain(sim.accessKeySecret());
    assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
    assertThat(e.isTransient()).isTrue();
    assertThat(ms).isLessThan(6_000);
  }

  @Test
  void aStalledBodyIsRetriedLikeATimeout() {
    List<Workspace> expected = gong.workspaces().list();
    GongClient impatient = SimTestSupport.client(sim).requestTimeout(Duration.ofSeconds(1)).build();
    sim.resetRequestCounts();
    sim.faults().enqueue(Fault.stallMidBody(Duration.ofSeconds(8)).onPath("/v2/workspaces"));

    assertThat(impatient.workspaces().list()).isEqualTo(expected);
    assertThat(sim.requestCount("/v2/workspaces")).isEqualTo(2);
  }

  @Test
  void aStallShorterThanTheTimeoutIsWaitedOut() {
    List<Workspace> expected = gong.workspaces().list();
    GongClient patient = SimTestSupport.client(sim).requestTimeout(Duration.ofSeconds(5)).build();
    sim.resetRequestCounts();
    sim.faults().enqueue(Fault.stallMidBody(Duration.ofMillis(300)).onPath("/v2/workspaces"));

    assertThat(patient.workspaces().list()).isEqualTo(expected);
    assertThat(sim.requestCount("/v2/workspaces")).isEqualTo(1);
  }

  @Test
  void aChunkedBodyCutOffMidChunkIsRetried() throws Exception {
    String json = "{\"requestId\":\"r1\",\"workspaces\":[{\"id\":\"1\",\"name\":\"Sales\"}]}";
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      Thread t =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try (Socket s = server.accept()) {
                    readHeaders(s);
                    OutputStream out = s.getOutputStream();
                    if (connections.incrementAndGet() == 1) {
                      // A chunk announced whole, half of it sent, then the connection dies.
                      out.write(
                          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  + "Transfer-Encoding: chunked\r\n\r\n"
                                  + Integer.toHexString(json.length())
                                  + "\r\n"
                                  + json.substring(0, json.length() / 2))
                              .getBytes(StandardCharsets.UTF_8));
                    } else {
                      out.write(
                          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  + "Connection: close\r\nContent-Length: "
                                  + json.length()
                                  + "\r\n\r\n"
                                  + json)
                              .getBytes(StandardCharsets.UTF_8));
                    }
                    out.flush();
                  } catch (IOException ignored) {
                    // closed at the end of the test
                  }
                }
              });
      t.setDaemon(true);
      t.start();
      GongClient client =
          GongClient.builder()
              .baseUrl("http://127.0.0.1:" + server.getLocalPort())
              .credentials("test-key", "s3cr3t-value-never-shown")
              .rateLimitPerSecond(0)
              .requestTimeout(Duration.ofSeconds(10))
              .build();

      assertThat(client.workspaces().list()).extracting(Workspace::name).containsExactly("Sales");
      assertThat(connections).hasValue(2);
    }
  }

  @Test
  void theConnectionIsReusedWhenTheBodyHasATail() throws Exception {
    // Whitespace after the JSON, which Jackson does not read: drained so the connection is reused.
    // 60 KB: more than the JDK has received when Jackson stops (20 KB passed without the drain).
    Set<Integer> ports = ConcurrentHashMap.newKeySet();
    HttpServer server = answering(ports, " ".repeat(60_000));
    try {
      GongClient client = clientOf(server);
      for (int i = 0; i < 3; i++) {
        assertThat(client.workspaces().list()).extracting(Workspace::name).containsExactly("Sales");
      }
      assertThat(ports).hasSize(1);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aTailBeyondTheDrainLimitCostsTheConnectionNotTheAnswer() throws Exception {
    Set<Integer> ports = ConcurrentHashMap.newKeySet();
    HttpServer server = answering(ports, " ".repeat(1_000_000));
    try {
      GongClient client = clientOf(server);
      for (int i = 0; i < 2; i++) {
        assertThat(client.workspaces().list()).extracting(Workspace::name).containsExactly("Sales");
      }
      assertThat(ports).hasSize(2);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aHugeErrorBodyIsReadOnlyInPart() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.createContext(
        "/",
        ex -> {
          byte[] page = ("<html>" + "x".repeat(5_000_000) + "</html>").getBytes();
          ex.sendResponseHeaders(502, page.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(page);
          } catch (IOException ignored) {
            // the client stopped reading
          }
        });
    server.start();
    try {
      GongClient client = clientOf(server).newBuilder().maxAttempts(1).build();
      GongException e = catchThrowableOfType(() -> client.workspaces().list(), GongException.class);
      assertThat(e.status()).isEqualTo(502);
      assertThat(e.getMessage().length()).isLessThan(2_000);
    } finally {
      server.stop(0);
    }
  }

  private static HttpServer answering(Set<Integer> ports, String tail) throws IOException {
    byte[] body =
        ("{\"requestId\":\"r1\",\"workspaces\":[{\"id\":\"1\",\"name\":\"Sales\"}]}" + tail)
            .getBytes(StandardCharsets.UTF_8);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.createContext(
        "/",
        ex -> {
          ports.add(ex.getRemoteAddress().getPort());
          ex.getResponseHeaders().set("Content-Type", "application/json");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          } catch (IOException ignored) {
            // the client closed early
          }
        });
    server.start();
    return server;
  }

  private static GongClient clientOf(HttpServer server) {
    return GongClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .credentials("test-key", "s3cr3t-value-never-shown")
        .rateLimitPerSecond(0)
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static void readHeaders(Socket s) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
    String line;
    while ((line = in.readLine()) != null && !line.isEmpty()) {
      // request line and headers, ignored
    }
  }
}
