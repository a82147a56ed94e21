package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaUploadTest {

  static GongSimulator sim;
  static SimHttp http;
  static String user;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    sim =
        GongSimulator.builder()
            .calls(10)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .maxMediaBytes(3_000_000)
            .mediaDir(dir)
            .start();
    http = new SimHttp(sim);
    user = AddCallTest.activeUser(http);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static byte[] multipart(String boundary, String partName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("preamble\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + partName
                + "\"; filename=\"call.mp3\"\r\n"
                + "Content-Type: audio/mpeg\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  SimHttp.Answer put(String callId, String contentType, HttpRequest.BodyPublisher body)
      throws Exception {
    return http.send(
        http.request("/v2/calls/" + callId + "/media")
            .header("Content-Type", contentType)
            .PUT(body)
            .build());
  }

  @Test
  void uploadStoresFileAndTranscriptAppears() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode b =
        AddCallTest.body("media-1", "2023-03-01T10:00:00Z", user);
    b.remove("duration");
    String id = http.post("/v2/calls", b.toString()).json().get("callId").asText();
    assertThat(http.get("/v2/calls/" + id).json().get("call").get("duration").asInt()).isZero();
    JsonNode before =
        http.post("/v2/calls/transcript", "{\"filter\":{\"callIds\":[\"" + id + "\"]}}").json();
    assertThat(before.get("callTranscripts").get(0).get("transcript")).isEmpty();
    byte[] audio = new byte[1_000_000];
    for (int i = 0; i < audio.length; i++) {
      audio[i] = (byte) (i * 31 + (i >> 7)); // binary noise, including CR/LF and dashes
    }
    String boundary = "----gongBoundary7MA4YWxkTrZu0gW";
    SimHttp.Answer a =
        put(
            id,
            "multipart/form-data; boundary=" + boundary,
            HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "mediaFile", audio)));
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    assertThat(a.json().get("callId").asText()).isEqualTo(id);
    assertThat(a.json().get("url").asText()).isEqualTo("https://app.gong.io/call?id=" + id);
    assertThat(a.json().get("requestId").asText()).isNotBlank();
    assertThat(Files.readAllBytes(dir.resolve("media-" + id + ".bin"))).isEqualTo(audio);
    JsonNode after =
        http.post("/v2/calls/transcript", "{\"filter\":{\"callIds\":[\"" + id + "\"]}}").json();
    assertThat(after.get("callTranscripts").get(0).get("transcript")).isNotEmpty();
    // Gong measures the duration from the recording: a call added without one gets it now
    assertThat(http.get("/v2/calls/" + id).json().get("call").get("duration").asInt()).isPositive();
  }

  @Test
  void streamedUploadWithoutContentLength() throws Exception {
    String id = AddCallTest.addCall(http, "media-2", "2023-03-02T10:00:00Z", user);
    byte[] body = multipart("b0undary", "mediaFile", new byte[200_000]);
    SimHttp.Answer a =
        put(
            id,
            "multipart/form-data; boundary=\"b0undary\"",
            HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
    assertThat(a.status()).as(a.text()).isEqualTo(201);
  }

  @Test
  void expectContinueUpload() throws Exception {
    String id = AddCallTest.addCall(http, "media-6", "2023-03-06T10:00:00Z", user);
    byte[] body = multipart("bb", "mediaFile", new byte[50_000]);
    SimHttp.Answer a =
        http.send(
            http.request("/v2/calls/" + id + "/media")
                .expectContinue(true)
                .header("Content-Type", "multipart/form-data; boundary=bb")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    assertThat(a.status()).isEqualTo(201);
  }

  @Test
  void tooLargeIs413() throws Exception {
    String id = AddCallTest.addCall(http, "media-3", "2023-03-03T10:00:00Z", user);
    byte[] body = multipart("bb", "mediaFile", new byte[3_100_000]);
    SimHttp.Answer a =
        put(id, "multipart/form-data; boundary=bb", HttpRequest.BodyPublishers.ofByteArray(body));
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.error()).contains("mediaFile");
    // without a Content-Length the limit is enforced while streaming
    try {
      SimHttp.Answer s =
          put(
              id,
              "multipart/form-data; boundary=bb",
              HttpRequest.BodyPublishers.ofInputStream(
                  () -> new java.io.ByteArrayInputStream(body)));
      assertThat(s.status()).isEqualTo(413);
    } catch (IOException closedEarly) {
      // acceptable: the server answered 413 and closed before the client finished sending
    }
    assertThat(Files.exists(dir.resolve("media-" + id + ".bin"))).isFalse();
  }

  @Test
  void errors() throws Exception {
    String id = AddCallTest.addCall(http, "media-4", "2023-03-04T10:00:00Z", user);
    byte[] ok = multipart("bb", "mediaFile", new byte[] {1, 2, 3});
    assertThat(
            put(
                    "1000000000000000009",
                    "multipart/form-data; boundary=bb",
                    HttpRequest.BodyPublishers.ofByteArray(ok))
                .status())
        .isEqualTo(404);
    assertThat(put(id, "application/json", HttpRequest.BodyPublishers.ofString("{}")).error())
        .contains("multipart");
    SimHttp.Answer wrongPart =
        put(
            id,
            "multipart/form-data; boundary=bb",
            HttpRequest.BodyPublishers.ofByteArray(multipart("bb", "file", new byte[] {1})));
    assertThat(wrongPart.status()).isEqualTo(400);
    assertThat(wrongPart.error()).contains("mediaFile");
    SimHttp.Answer truncated =
        put(
            id,
            "multipart/form-data; boundary=bb",
            HttpRequest.BodyPublishers.ofByteArray(java.util.Arrays.copyOf(ok, ok.length - 8)));
    assertThat(truncated.status()).isEqualTo(400);
    assertThat(
            put(
                    id,
                    "multipart/form-data; boundary=bb",
                    HttpRequest.BodyPublishers.ofByteArray(
                        multipart("bb", "mediaFile", new byte[0])))
                .error())
        .contains("empty");
    assertThat(http.send(http.request("/v2/calls/" + id + "/media").GET().build()).status())
        .isEqualTo(405);
  }

  /** An endless body: the server must stop reading at the limit, not buffer it. */
  @Test
  void endlessUploadIsCut() throws Exception {
    String id = AddCallTest.addCall(http, "media-5", "2023-03-05T10:00:00Z", user);
    byte[] head =
        ("--bb\r\nContent-Disposition: form-data; name=\"mediaFile\"\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    InputStream endless =
        new InputStream() {
          long n;

          @Override
          public int read() {
            return n < head.length ? head[(int) n++] : (n++ > 50_000_000 ? -1 : 7);
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int i = 0;
            while (i < len) {
              int c = read();
              if (c < 0) {
                return i == 0 ? -1 : i;
              }
              b[off + i++] = (byte) c;
            }
            return i;
          }
        };
    try {
      SimHttp.Answer a =
          put(
              id,
              "multipart/form-data; boundary=bb",
              HttpRequest.BodyPublishers.ofInputStream(() -> endless));
      assertThat(a.status()).isEqualTo(413);
    } catch (IOException closedEarly) {
      // the server answered and closed while the client was still sending
    }
    assertThat(http.get("/v2/workspaces").status()).isEqualTo(200);
  }
}
