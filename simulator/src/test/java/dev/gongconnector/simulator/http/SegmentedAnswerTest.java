package dev.gongconnector.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.ListingHandlers;
import dev.gongconnector.simulator.company.Company;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A transcript answer for 100 calls (megabytes) over real HTTP: it is held in segments, none of
 * them near G1's humongous size, and arrives whole; faults cut it at the same offsets as before.
 */
class SegmentedAnswerTest {

  /** G1's humongous threshold with the smallest region (1 MB) is 512 KB; stay well below. */
  private static final int LIMIT = 256 * 1024;

  private static final String KEY = "SEGKEY";
  private static final String SECRET = "segment-test-secret";
  private static final String TRANSCRIPTS = "{\"filter\":{}}";

  private static SimServer server;
  private static final AtomicReference<Fault> nextFault = new AtomicReference<>();
  private static final AtomicReference<Response> lastTranscript = new AtomicReference<>();

  @BeforeAll
  static void start() throws IOException {
    Company company = new Company(42, Instant.parse("2026-01-01T00:00:00Z"), 40);
    CallStore store = new CallStore(company, 300);
    ListingHandlers listing =
        new ListingHandlers(store, new Cursors(42, Clock.systemUTC(), Duration.ofHours(1)));
    Router router =
        new Router()
            .add(
                "POST",
                "/v2/calls/transcript",
                r -> {
                  Response answer = listing.transcript(r);
                  lastTranscript.set(answer);
                  return answer;
                });
    server =
        new SimServer(
            new SimServer.Settings(0, 0, 0, 42, 1 << 20),
            router,
            new Auth(KEY, SECRET, null),
            new RateLimiter(0, 0, Clock.systemUTC()),
            (method, path) -> nextFault.getAndSet(null),
            new RequestIds());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void clear() {
    nextFault.set(null);
    lastTranscript.set(null);
  }

  @Test
  void aHundredTranscriptsArriveWholeFromSmallSegments() throws IOException {
    Raw answer = post(Duration.ofSeconds(30));
    Bytes body = lastTranscript.get().body();
    assertThat(body.length()).isGreaterThan(2L * 1024 * 1024);
    assertThat(body.largestSegment()).isLessThan(LIMIT);
    assertThat(body.segmentCount()).isGreaterThan(10);

    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.contentLength).isEqualTo(body.length());
    assertThat(answer.body).isEqualTo(bytesOf(body, body.length()));
    JsonNode json = Json.MAPPER.readTree(answer.body);
    assertThat(json.at("/records/currentPageSize").asInt()).isEqualTo(100);
    assertThat(json.get("callTranscripts")).hasSize(100);
  }

  @Test
  void malformedJsonSendsTheFirstHalf() throws IOException {
    nextFault.set(Fault.malformedJson());
    Raw answer = post(Duration.ofSeconds(30));
    Bytes body = lastTranscript.get().body();
    assertThat(body.segmentCount()).isGreaterThan(10);
    assertThat(answer.contentLength).isEqualTo(body.length() / 2);
    assertThat(answer.body).isEqualTo(bytesOf(body, body.length() / 2));
  }

  @Test
  void dropMidBodySendsHalfThenCloses() throws IOException {
    nextFault.set(Fault.dropMidBody());
    Raw answer = post(Duration.ofSeconds(30));
    Bytes body = lastTranscript.get().body();
    assertThat(body.segmentCount()).isGreaterThan(10);
    assertThat(answer.contentLength).isEqualTo(body.length());
    assertThat(answer.body).isEqualTo(bytesOf(body, body.length() / 2));
  }

  @Test
  void stallMidBodyPausesAtTheHalf() throws IOException {
    // a pause of 1.5 s in a stall of 3 s: a slow machine's hiccup is not taken for the stall
    nextFault.set(Fault.stallMidBody(Duration.ofSeconds(3)));
    Raw answer = post(Duration.ofMillis(1500));
    Bytes body = lastTranscript.get().body();
    assertThat(body.segmentCount()).isGreaterThan(10);
    assertThat(answer.contentLength).isEqualTo(body.length());
    assertThat(answer.beforePause).isEqualTo(body.length() / 2);
    assertThat(answer.body).isEqualTo(bytesOf(body, body.length()));
  }

  private static byte[] bytesOf(Bytes body, long length) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.writeTo(out, 0, length);
    return out.toByteArray();
  }

  /** What came back: the body up to Content-Length or EOF, and how much came before a pause. */
  private record Raw(int status, long contentLength, byte[] body, long beforePause) {}

  /**
   * POSTs the transcript request on a raw socket; a read that waits longer than {@code pause} marks
   * the point where the server stalled (or -1 if none).
   */
  private static Raw post(Duration pause) throws IOException {
    String auth =
        Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /v2/calls/transcript HTTP/1.1\r\nHost: x\r\nAuthorization: Basic "
                  + auth
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + TRANSCRIPTS.length()
                  + "\r\nConnection: close\r\n\r\n"
                  + TRANSCRIPTS)
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String head = readHead(in);
      int status = Integer.parseInt(head.substring(9, 12));
      long contentLength = -1;
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase().startsWith("content-length:")) {
          contentLength = Long.parseLong(line.substring(15).trim());
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      long beforePause = -1;
      byte[] buf = new byte[64 * 1024];
      s.setSoTimeout((int) pause.toMillis());
      while (body.size() < contentLength) {
        int n;
        try {
          n = in.read(buf, 0, (int) Math.min(buf.length, contentLength - body.size()));
        } catch (SocketTimeoutException stalled) {
          if (beforePause >= 0) {
            throw stalled;
          }
          beforePause = body.size();
          s.setSoTimeout(10_000);
          continue;
        } catch (java.net.SocketException reset) {
          break;
        }
        if (n < 0) {
          break;
        }
        body.write(buf, 0, n);
      }
      return new Raw(status, contentLength, body.toByteArray(), beforePause);
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in the headers");
      }
      head.write(b);
      byte[] h = head.toByteArray();
      if (h.length >= 4 && Arrays.equals(h, h.length - 4, h.length, end, 0, 4)) {
        return new String(h, StandardCharsets.US_ASCII);
      }
    }
  }
}
