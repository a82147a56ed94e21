package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local Gong survives slow, half-open and broken connections: they never freeze it, and broken
 * requests get an answer. Over loopback; the simulator module's tests run with a header/body read
 * timeout of a few seconds ({@code sun.net.httpserver.maxReqTime}, see the pom).
 */
class ConnectionHardeningTest {

  static GongSimulator sim;
  static SimHttp http;

  @BeforeAll
  static void start() {
    sim = GongSimulator.builder().calls(20).rateLimitPerSecond(0).dailyLimit(0).start();
    http = new SimHttp(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Socket halfOpen() throws IOException {
    Socket s = new Socket("127.0.0.1", sim.port());
    s.getOutputStream()
        .write("GET /v2/workspaces HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
    return s;
  }

  @Test
  void manyHalfOpenConnectionsDoNotFreezeIt() throws Exception {
    List<Socket> sockets = new ArrayList<>();
    try {
      // Above the 512 that froze it before.
      for (int i = 0; i < 700; i++) sockets.add(halfOpen());
      for (int i = 0; i < 5; i++) {
        assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
      }
    } finally {
      for (Socket s : sockets) s.close();
    }
  }

  @Test
  void aHalfOpenConnectionIsClosedByTheServer() throws Exception {
    try (Socket s = halfOpen()) {
      s.setSoTimeout(120_000);
      InputStream in = s.getInputStream();
      // The server gives up on the unfinished headers and closes (read ends or is reset).
      try {
        in.readAllBytes();
      } catch (IOException reset) {
        // closed too
      }
    }
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
  }

  @Test
  void aStalledBodyIsClosedByTheServer() throws Exception {
    try (Socket s = new Socket("127.0.0.1", sim.port())) {
      s.setSoTimeout(120_000);
      s.getOutputStream()
          .write(
              ("POST /v2/calls/extensive HTTP/1.1\r\nHost: x\r\nAuthorization: "
                      + http.authorization
                      + "\r\nContent-Length: 100\r\n\r\n{\"filter\"")
                  .getBytes(StandardCharsets.US_ASCII));
      try {
        s.getInputStream().readAllBytes();
      } catch (IOException reset) {
        // closed too
      }
    }
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
  }

  @Test
  void anUnauthenticatedBigBodyGets401() throws Exception {
    http.authorization = null;
    try {
      byte[] body = new byte[15 * 1024 * 1024];
      java.util.Arrays.fill(body, (byte) 'x');
      SimHttp.Answer a = http.post("/v2/calls/extensive", body);
      assertThat(a.status()).isEqualTo(401);
      assertThat(a.json().get("requestId").asText()).isNotBlank();
    } finally {
      http.authorization = SimHttp.basic(sim.accessKey(), sim.accessKeySecret());
    }
  }

  @Test
  void aBadChunkSizeGets400() throws Exception {
    String answer =
        raw(
            "POST /v2/calls/extensive HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + http.authorization
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400");
  }

  @Test
  void aGarbageRequestLineGets400() throws Exception {
    for (String line :
        new String[] {
          "GARBAGE\r\n\r\n",
          "GET\r\n\r\n",
          "\u0001\u0002 x y z\r\n\r\n",
          "GET / FOO/9\r\n\r\n",
          "GET /v2/workspaces HTTP/1.1\r\nno colon here\r\n\r\n",
          "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
          "GET /" + "a".repeat(100_000) + " HTTP/1.1\r\n\r\n",
          "GET /v2/workspaces HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
          "GET /v2/workspaces HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
        }) {
      // A plain answer from the JDK's HTTP layer (400, or 404 for a URI without a slash).
      String answer = raw(line);
      System.out.println(
          line.substring(0, Math.min(40, line.length())).strip()
              + " -> "
              + answer.lines().findFirst().orElse("(nothing)"));
      assertThat(answer).as(line).matches("(?s)HTTP/1.1 4\\d\\d.*");
    }
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
  }

  private static String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", sim.port())) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // The status line is enough (a kept-alive connection would not end by itself).
      StringBuilder answer = new StringBuilder();
      try {
        InputStream in = s.getInputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') answer.append((char) b);
      } catch (IOException e) {
        return "(reset)";
      }
      return answer.toString();
    }
  }

  @Test
  void aMediaDirThatIsAFileIsRefusedAtStart(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThatThrownBy(() -> GongSimulator.builder().calls(1).mediaDir(file).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a directory");
  }
}
