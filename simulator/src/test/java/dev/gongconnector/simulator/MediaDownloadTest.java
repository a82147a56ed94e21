package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The media host: signed URLs from extensive data, Range, no Authorization header. */
class MediaDownloadTest {

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

  static JsonNode media() throws Exception {
    SimHttp.Answer a =
        http.post(
            "/v2/calls/extensive",
            "{\"filter\":{},\"contentSelector\":{\"exposedFields\":{\"media\":true}}}");
    for (JsonNode c : a.json().get("calls")) {
      if (!c.get("media").get("videoUrl").isNull()) {
        return c.get("media");
      }
    }
    throw new AssertionError("no video call");
  }

  static HttpResponse<byte[]> fetch(String url, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void servesTheWholeFileAndRanges() throws Exception {
    JsonNode m = media();
    String audio = m.get("audioUrl").asText();
    assertThat(audio).startsWith(sim.mediaBaseUrl()).doesNotStartWith(sim.baseUrl());
    HttpResponse<byte[]> whole = fetch(audio);
    assertThat(whole.statusCode()).isEqualTo(200);
    long size = whole.body().length;
    assertThat(whole.headers().firstValueAsLong("Content-Length").getAsLong()).isEqualTo(size);
    assertThat(new String(whole.body(), 0, 3, "ISO-8859-1")).isEqualTo("ID3");
    HttpResponse<byte[]> tail = fetch(audio, "Range", "bytes=1000-");
    assertThat(tail.statusCode()).isEqualTo(206);
    assertThat(tail.headers().firstValue("Content-Range"))
        .hasValue("bytes 1000-" + (size - 1) + "/" + size);
    assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole.body(), 1000, (int) size));
    HttpResponse<byte[]> stale = fetch(audio, "Range", "bytes=1000-", "If-Range", "\"other\"");
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(fetch(audio, "Range", "bytes=" + size + "-").statusCode()).isEqualTo(416);
    HttpResponse<byte[]> video = fetch(m.get("videoUrl").asText());
    assertThat(video.headers().firstValue("Content-Type")).hasValue("video/mp4");
    assertThat(video.body().length).isGreaterThan((int) size);
  }

  @Test
  void refusesCredentialsAndBadSignatures() throws Exception {
    String audio = media().get("audioUrl").asText();
    assertThat(fetch(audio, "Authorization", http.authorization).statusCode()).isEqualTo(400);
    assertThat(fetch(audio.replace("signature=", "signature=0")).statusCode()).isEqualTo(403);
    assertThat(fetch(audio.replaceAll("expires=\\d+", "expires=99999999999")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aFaultCutsTheBodyMidway() throws Exception {
    String audio = media().get("audioUrl").asText();
    sim.faults().enqueue(Fault.dropMidBody().onPath("/audio/*"));
    try {
      HttpResponse<byte[]> r = fetch(audio);
      assertThat(r.body().length)
          .isLessThan(Integer.parseInt(r.headers().firstValue("Content-Length").get()));
    } catch (java.io.IOException expected) {
      // the JDK client reports the cut connection
    }
    assertThat(sim.faults().pending()).isZero();
  }
}
