package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HostileInputTest {

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

  @Test
  void hugeJsonBodyIs413() throws Exception {
    String big = "{\"filter\":{},\"pad\":\"" + "x".repeat(2_000_000) + "\"}";
    SimHttp.Answer a = http.post("/v2/calls/extensive", big);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().get("requestId").asText()).isNotBlank();
    SimHttp.Answer streamed =
        http.send(
            http.request("/v2/calls/extensive")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
    assertThat(streamed.status()).isEqualTo(413);
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
  }

  @Test
  void deepJsonIs400() throws Exception {
    String deep = "{\"filter\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    SimHttp.Answer a = http.post("/v2/calls/extensive", deep);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("JSON");
  }

  @Test
  void badUtf8Is400() throws Exception {
    byte[] body = "{\"filter\":{\"workspaceId\":\"AB\"}}".getBytes(StandardCharsets.US_ASCII);
    body[body.length - 4] = (byte) 0xC3;
    body[body.length - 5] = (byte) 0xFF;
    SimHttp.Answer a = http.post("/v2/calls/extensive", body);
    assertThat(a.status()).isEqualTo(400);
  }

  @Test
  void weirdInputNeverGives500() throws Exception {
    String[] bodies = {
      "null",
      "true",
      "\"str\"",
      "{\"filter\":null}",
      "{\"filter\":{\"callIds\":[null]}}",
      "{\"filter\":{\"callIds\":[{\"a\":1}]}}",
      "{\"filter\":{\"fromDateTime\":12}}",
      "{\"filter\":{},\"cursor\":{}}",
      "{\"filter\":{\"fromDateTime\":\"+999999999-12-31T23:59:59Z\"}}",
      "{\"a\":1,\"a\":2}",
      "{\"filter\":{}}garbage",
      "{\"filter\":{\"primaryUserIds\":[\"" + "9".repeat(40) + "\"]}}",
      "\u0000\u0001"
    };
    for (String b : bodies) {
      for (String path :
          new String[] {
            "/v2/calls/extensive", "/v2/calls/transcript", "/v2/calls", "/v2/users/extensive"
          }) {
        SimHttp.Answer a = http.post(path, b);
        String what =
            path + " " + b + " -> " + a.text().substring(0, Math.min(200, a.text().length()));
        // users/extensive ignores the call fields, so some of these are fine there
        if (path.equals("/v2/users/extensive")
            || (path.endsWith("transcript") && b.contains("primaryUserIds"))) {
          assertThat(a.status()).as(what).isLessThan(500);
        } else {
          assertThat(a.status()).as(what).isBetween(400, 499);
        }
        assertThat(a.json().get("requestId").asText()).isNotBlank();
      }
    }
    String[] queries = {
      "fromDateTime=" + "9".repeat(5000) + "&toDateTime=1",
      "cursor=" + "A".repeat(3000),
      "fromDateTime=2020-01-01T00:00:00Z&toDateTime=2020-01-02T00:00:00Z&workspaceId=1&cursor=a.b"
    };
    for (String q : queries) {
      SimHttp.Answer a = http.get("/v2/calls?" + q);
      assertThat(a.status()).as(q).isBetween(400, 499);
    }
    assertThat(http.get("/v2/calls/" + "1".repeat(300)).status()).isBetween(400, 404);
    // a query the JDK client refuses to build: bad percent-encoding, sent raw
    try (Socket s = new Socket("127.0.0.1", sim.port())) {
      s.setSoTimeout(5000);
      s.getOutputStream()
          .write(
              ("GET /v2/calls?fromDateTime=%ZZ&toDateTime=%E0%A4%A HTTP/1.1\r\nHost: x\r\n"
                      + "Authorization: "
                      + http.authorization
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      // the JDK's HTTP layer refuses the URI itself (plain 400, before any handler runs)
      assertThat(answer).startsWith("HTTP/1.1 400");
    }
    assertThat(http.get("/v2/users?includeAvatars=maybe").status()).isEqualTo(400);
  }

  @Test
  void garbageOnTheSocketDoesNotKillTheServer() throws Exception {
    try (Socket s = new Socket("127.0.0.1", sim.port())) {
      s.setSoTimeout(3000);
      OutputStream out = s.getOutputStream();
      out.write(
          "\u0016\u0003\u0001garbage that is not HTTP\r\n\r\n"
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      try {
        in.readAllBytes();
      } catch (java.io.IOException ignored) {
        // reset is fine
      }
    }
    try (Socket s = new Socket("127.0.0.1", sim.port())) {
      s.getOutputStream()
          .write(
              "POST /v2/calls HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"a"
                  .getBytes(StandardCharsets.US_ASCII));
      // client vanishes mid-body
    }
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
  }
}
