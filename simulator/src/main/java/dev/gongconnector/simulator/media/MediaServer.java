package dev.gongconnector.simulator.media;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.MediaLinks;
import dev.gongconnector.simulator.calls.SimCall;
import dev.gongconnector.simulator.company.Ids;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;

/**
 * The media host: serves the recordings whose URLs {@code /v2/calls/extensive} hands out, on its
 * own loopback port, as Gong's media URLs are not on the API host (they are pre-signed storage URLs
 * valid 8 hours; the exact host and its behaviour are unconfirmed, so it behaves like a pre-signed
 * object store).
 *
 * <p>{@code GET /audio/{callId}.mp3?expires=..&signature=..} and {@code /video/{callId}.mp4}: a
 * real {@code Content-Length}, {@code Accept-Ranges: bytes}, an {@code ETag}, {@code Range} (206,
 * 416) and {@code If-Range}, {@code HEAD}. A bad or expired signature is a 403; a request that
 * carries an {@code Authorization} header is a 400 (a pre-signed store refuses two authentication
 * mechanisms; a client must never send its Gong credentials to another host). Scripted faults apply
 * here too (path {@code /audio/..}), notably {@link Fault#dropMidBody()}.
 */
public final class MediaServer implements MediaLinks {

  /** Gong: media URLs are valid for 8 hours. */
  static final long VALIDITY_SECONDS = 8 * 3600;

  private static final int CHUNK = 64 * 1024;

  private final CallStore store;
  private final long seed;
  private final long key;
  private final Clock clock;
  private final BiFunction<String, String, Fault> faults;
  private final LongAdder requests = new LongAdder();
  private final LongAdder bytesServed = new LongAdder();
  private HttpServer server;
  private ExecutorService executor;
  private volatile int port;

  public MediaServer(
      CallStore store, long seed, Clock clock, BiFunction<String, String, Fault> faults) {
    this.store = store;
    this.seed = seed;
    this.key = Ids.mix(seed ^ 0x6D656469614B6579L);
    this.clock = clock;
    this.faults = faults;
  }

  /** Binds a free loopback port and starts serving. */
  public synchronized void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    AtomicInteger n = new AtomicInteger();
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "gong-sim-media-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    port = server.getAddress().getPort();
  }

  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Requests received by the media host. */
  public long requestCount() {
    return requests.sum();
  }

  /** Body bytes the media host has sent. */
  public long bytesServed() {
    return bytesServed.sum();
  }

  @Override
  public String audioUrl(SimCall call) {
    return url("audio", call.id(), "mp3");
  }

  @Override
  public String videoUrl(SimCall call) {
    return "Video".equals(call.media()) ? url("video", call.id(), "mp4") : null;
  }

  private String url(String kind, long callId, String ext) {
    long expires = clock.millis() / 1000 + VALIDITY_SECONDS;
    return baseUrl()
        + "/"
        + kind
        + "/"
        + callId
        + "."
        + ext
        + "?expires="
        + expires
        + "&signature="
        + Long.toHexString(sign(kind, callId, expires));
  }

  private long sign(String kind, long callId, long expires) {
    return Ids.mix(key ^ Ids.mix(callId ^ kind.hashCode()) ^ Ids.mix(expires));
  }

  private void handle(HttpExchange ex) {
    requests.increment();
    try {
      String method = ex.getRequestMethod();
      String path = ex.getRequestURI().getRawPath();
      Fault fault = faults.apply(method, path);
      if (fault != null && fault.kind() == Fault.Kind.STALL) {
        Thread.sleep(fault.stallDuration().toMillis());
        fault = null;
      }
      if (fault != null && fault.kind() == Fault.Kind.DROP) {
        ex.getRequestBody().close();
        return;
      }
      if (fault != null && fault.kind() == Fault.Kind.STATUS) {
        text(ex, fault.status(), "Injected fault");
        return;
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        text(ex, 405, "Only GET and HEAD");
        return;
      }
      if (ex.getRequestHeaders().getFirst("Authorization") != null) {
        text(
            ex,
            400,
            "Only one authentication mechanism allowed: the URL is pre-signed, send no"
                + " Authorization header");
        return;
      }
      MediaBytes media = resolve(path, ex.getRequestURI().getRawQuery());
      if (media == null) {
        text(ex, 403, "Access denied: the media URL is unknown, altered or expired");
        return;
      }
      serve(ex, media, method.equals("HEAD"), fault);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      // the client went away
    } finally {
      ex.close();
    }
  }

  /** The media a signed path names, or null when the signature is bad or has expired. */
  private MediaBytes resolve(String path, String query) {
    String[] parts = path.split("/", -1);
    if (parts.length != 3 || query == null) {
      return null;
    }
    String kind = parts[1];
    String ext = kind.equals("audio") ? ".mp3" : kind.equals("video") ? ".mp4" : null;
    if (ext == null || !parts[2].endsWith(ext)) {
      return null;
    }
    long callId;
    long expires = -1;
    String signature = null;
    try {
      callId = Long.parseLong(parts[2].substring(0, parts[2].length() - ext.length()));
      for (String kv : query.split("&")) {
        if (kv.startsWith("expires=")) {
          expires = Long.parseLong(kv.substring(8));
        } else if (kv.startsWith("signature=")) {
          signature = kv.substring(10);
        }
      }
    } catch (NumberFormatException e) {
      return null;
    }
    if (signature == null
        || !signature.equals(Long.toHexString(sign(kind, callId, expires)))
        || clock.millis() / 1000 > expires) {
      return null;
    }
    SimCall call = store.find(Long.toString(callId));
    if (call == null || (kind.equals("video") && !"Video".equals(call.media()))) {
      return null;
    }
    return new MediaBytes(seed, call, kind.equals("video"));
  }

  private void serve(HttpExchange ex, MediaBytes media, boolean head, Fault fault)
      throws IOException {
    long size = media.size();
    long from = 0;
    long to = size - 1;
    int status = 200;
    String range = ex.getRequestHeaders().getFirst("Range");
    String ifRange = ex.getRequestHeaders().getFirst("If-Range");
    boolean honourRange = range != null && (ifRange == null || ifRange.equals(media.etag()));
    var h = ex.getResponseHeaders();
    h.set("Content-Type", path(ex).startsWith("/video/") ? "video/mp4" : "audio/mpeg");
    h.set("Accept-Ranges", "bytes");
    h.set("ETag", media.etag());
    if (honourRange) {
      long[] r = parseRange(range, size);
      if (r == null) {
        h.set("Content-Range", "bytes */" + size);
        ex.sendResponseHeaders(416, -1);
        return;
      }
      from = r[0];
      to = r[1];
      status = 206;
      h.set("Content-Range", "bytes " + from + "-" + to + "/" + size);
    }
    long length = to - from + 1;
    if (head) {
      h.set("Content-Length", Long.toString(length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, length);
    long limit =
        fault != null && fault.kind() == Fault.Kind.DROP_MID_BODY ? length / 2 : Long.MAX_VALUE;
    OutputStream out = ex.getResponseBody();
    byte[] buf = new byte[CHUNK];
    long sent = 0;
    while (sent < length) {
      int n = (int) Math.min(CHUNK, Math.min(length - sent, limit - sent));
      if (n <= 0) {
        out.flush();
        ex.getRequestBody().close(); // cut the connection mid-body
        return;
      }
      media.read(from + sent, buf, n);
      out.write(buf, 0, n);
      sent += n;
      bytesServed.add(n);
    }
    out.close();
  }

  private static String path(HttpExchange ex) {
    return ex.getRequestURI().getRawPath();
  }

  /**
   * {@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n} (one range only), or null if
   * unsatisfiable.
   */
  static long[] parseRange(String header, long size) {
    String h = header.strip();
    if (!h.startsWith("bytes=") || h.indexOf(',') >= 0) {
      return null;
    }
    String spec = h.substring(6).strip();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      String a = spec.substring(0, dash).strip();
      String b = spec.substring(dash + 1).strip();
      long from;
      long to;
      if (a.isEmpty()) {
        long suffix = Long.parseLong(b);
        if (suffix <= 0) {
          return null;
        }
        from = Math.max(0, size - suffix);
        to = size - 1;
      } else {
        from = Long.parseLong(a);
        to = b.isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(b));
      }
      return from < 0 || from >= size || to < from ? null : new long[] {from, to};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void text(HttpExchange ex, int status, String message) throws IOException {
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
