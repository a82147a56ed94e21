package dev.gongconnector.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny test client speaking to the simulator over real HTTP. */
final class SimHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: status, parsed body (null when not JSON), raw bytes and headers. */
  record Answer(int status, JsonNode json, byte[] raw, java.net.http.HttpHeaders headers) {
    String text() {
      return new String(raw, StandardCharsets.UTF_8);
    }

    String error() {
      return json.get("errors").get(0).asText();
    }
  }

  final GongSimulator sim;
  final HttpClient client;
  String authorization;

  SimHttp(GongSimulator sim) {
    this.sim = sim;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.authorization = basic(sim.accessKey(), sim.accessKeySecret());
  }

  static String basic(String key, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(sim.baseUrl() + path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  Answer post(String path, String body) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  Answer post(String path, byte[] body) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  Answer send(HttpRequest r) throws IOException, InterruptedException {
    HttpResponse<byte[]> resp = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
    JsonNode json = null;
    try {
      json = JSON.readTree(resp.body());
    } catch (IOException ignored) {
      // not JSON (e.g. a malformed-JSON fault)
    }
    return new Answer(resp.statusCode(), json, resp.body(), resp.headers());
  }

  /** The whole generated range as query parameters of GET /v2/calls. */
  String allRange() {
    return "fromDateTime="
        + q(sim.earliestCallStart().toString())
        + "&toDateTime="
        + q(sim.anchor().plusSeconds(86400 * 3650L).toString());
  }
}
