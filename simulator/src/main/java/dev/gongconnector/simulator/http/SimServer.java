package dev.gongconnector.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gongconnector.simulator.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The HTTP side of the simulator: the JDK's {@link HttpServer} on 127.0.0.1 with a bounded elastic
 * pool.
 *
 * <p>Each request goes through, in order: request id, counting, injected latency, scripted or
 * random fault, authentication (401), routing (404/405), rate limits (429, counted at the request's
 * arrival time, before the injected latency), the handler. Any error becomes Gong's body {@code
 * {"requestId","errors"}}; an unexpected exception is a 500, never a dead server.
 */
public final class SimServer {

  /**
   * Default time for a request to arrive whole (JDK property {@code
   * sun.net.httpserver.maxReqTime}).
   */
  static final int MAX_REQUEST_SECONDS = 60;

  /**
   * Requests in progress at once (one thread each, reading or handling); beyond it a new request's
   * connection is closed at once (the JDK server closes it when the pool refuses the exchange),
   * rather than blocking the dispatcher thread that serves everyone.
   */
  static final int MAX_CONCURRENT_REQUESTS = 2048;

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, every
    // keep-alive answer waits for the client's delayed ACK (~40 ms). These properties must be set
    // before the server classes load.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // A request (headers and body) must arrive within this many seconds, else the JDK server
    // closes the connection: without it a client that sends half its headers holds a thread
    // forever, and a few hundred of them froze the server.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
    }
  }

  /** Settings of the HTTP layer. */
  public record Settings(
      int port, long latencyMs, double faultRate, long seed, long maxJsonBytes) {}

  private final Settings settings;
  private final Router router;
  private final Auth auth;
  private final RateLimiter limiter;
  private final java.util.function.BiFunction<String, String, Fault> faults;
  private final RequestIds requestIds;
  private final LongAdder total = new LongAdder();
  private final Map<String, LongAdder> perPath = new ConcurrentHashMap<>();
  private final SplittableRandom random;
  private volatile HttpServer server;
  private ExecutorService executor;
  private int boundPort;

  public SimServer(
      Settings settings,
      Router router,
      Auth auth,
      RateLimiter limiter,
      java.util.function.BiFunction<String, String, Fault> faults,
      RequestIds requestIds) {
    this.settings = settings;
    this.router = router;
    this.auth = auth;
    this.limiter = limiter;
    this.faults = faults;
    this.requestIds = requestIds;
    this.random = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
  }

  /** Binds and starts serving. */
  public void start() throws IOException {
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 1024);
    AtomicInteger n = new AtomicInteger();
    // Elastic but bounded: stalls, slow uploads and unfinished headers hold a thread each (small
    // stacks: they mostly wait). Overflow is refused (AbortPolicy), never run on the dispatcher.
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            4,
            MAX_CONCURRENT_REQUESTS,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(null, r, "gong-sim-" + n.incrementAndGet(), 512 * 1024);
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    executor = pool;
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
    boundPort = server.getAddress().getPort();
  }

  /** Stops accepting and closes open connections; idempotent. */
  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /** The bound port (still known after stop). */
  public int port() {
    return boundPort;
  }

  public long requestCount() {
    return total.sum();
  }

  public long requestCount(String path) {
    LongAdder a = perPath.get(path);
    return a == null ? 0 : a.sum();
  }

  public Map<String, Long> requestCounts() {
    Map<String, Long> m = new java.util.TreeMap<>();
    perPath.forEach((k, v) -> m.put(k, v.sum()));
    return m;
  }

  public void resetRequestCounts() {
    total.reset();
    perPath.clear();
  }

  private void handle(HttpExchange ex) {
    long arrivedAt = limiter.arrive();
    String requestId = requestIds.next();
    try {
      String path = ex.getRequestURI().getRawPath();
      if (path == null || path.isEmpty()) {
        path = "/";
      }
      total.increment();
      if (perPath.size() < 10_000 || perPath.containsKey(path)) {
        perPath.computeIfAbsent(path, p -> new LongAdder()).increment();
      }
      if (settings.latencyMs() > 0) {
        Thread.sleep(settings.latencyMs());
      }
      Fault fault = faults.apply(ex.getRequestMethod(), path);
      if (fault == null && settings.faultRate() > 0) {
        fault = randomFault();
      }
      if (fault != null && fault.kind() == Fault.Kind.STALL) {
        Thread.sleep(fault.stallDuration().toMillis());
        fault = null;
      }
      if (fault != null) {
        switch (fault.kind()) {
          case DROP:
            drop(ex);
            return;
          case STATUS:
            send(
                ex,
                requestId,
                Response.json(
                    fault.status(), Json.error(requestId, List.of(messageFor(fault.status())))),
                null);
            return;
          case RATE_LIMITED:
            send(
                ex,
                requestId,
                new Response(
                    429,
                    Json.error(requestId, List.of("API request limit exceeded")),
                    fault.retryAfterSeconds()),
                null);
            return;
          default:
            break;
        }
      }
      Response response;
      try {
        auth.check(ex.getRequestHeaders().getFirst("Authorization"));
        Router.Match match = router.match(ex.getRequestMethod(), path);
        limiter.acquire(arrivedAt);
        response =
            match
                .handler()
                .handle(new Request(ex, requestId, match.params(), settings.maxJsonBytes()));
      } catch (ApiException e) {
        // Read what the client is still sending (up to 16 MB), so it gets to read the answer (a
        // 401 for a big unauthenticated upload) instead of a reset connection.
        Request.discard(ex.getRequestBody());
        response =
            new Response(e.status(), Json.error(requestId, e.errors()), e.retryAfterSeconds());
      } catch (IOException e) {
        // A broken body (a bad chunk size) or a client that went away: answer 400; if nobody is
        // left to read it, sending fails and the connection is dropped below.
        response = Response.json(400, Json.error(requestId, List.of("Malformed request body")));
        ex.getResponseHeaders().set("Connection", "close");
      } catch (RuntimeException e) {
        response =
            Response.json(
                500,
                Json.error(
                    requestId,
                    List.of("Failed to complete the operation due to an unexpected error")));
      }
      send(ex, requestId, response, fault);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      drop(ex);
    } catch (IOException | RuntimeException e) {
      drop(ex);
    } finally {
      ex.close();
    }
  }

  private Fault randomFault() {
    double roll;
    boolean dropIt;
    synchronized (random) {
      roll = random.nextDouble();
      dropIt = random.nextBoolean();
    }
    if (roll >= settings.faultRate()) {
      return null;
    }
    return dropIt ? Fault.drop() : Fault.status(500);
  }

  private static String messageFor(int status) {
    switch (status) {
      case 400:
        return "Malformed request";
      case 401:
        return "Access denied";
      case 403:
        return "Access denied";
      case 404:
        return "Not found";
      case 429:
        return "API request limit exceeded";
      case 500:
        return "Failed to complete the operation due to an unexpected error";
      case 502:
        return "Bad gateway";
      case 503:
        return "Service unavailable";
      case 504:
        return "Gateway timeout";
      default:
        return "An error has occurred";
    }
  }

  private void send(HttpExchange ex, String requestId, Response r, Fault fault) throws IOException {
    Bytes body = r.body();
    long length = body.length();
    int status = r.status();
    if (fault != null && fault.kind() == Fault.Kind.MALFORMED_JSON) {
      status = 200;
      length = Math.max(1, length / 2);
    }
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.getResponseHeaders().set("X-Request-Id", requestId);
    if (r.retryAfterSeconds() >= 0) {
      ex.getResponseHeaders().set("Retry-After", Long.toString(r.retryAfterSeconds()));
    }
    if (fault != null && fault.kind() == Fault.Kind.DROP_MID_BODY) {
      ex.sendResponseHeaders(status, length);
      OutputStream out = ex.getResponseBody();
      body.writeTo(out, 0, length / 2);
      out.flush();
      drop(ex);
      return;
    }
    if (fault != null && fault.kind() == Fault.Kind.STALL_MID_BODY) {
      ex.sendResponseHeaders(status, length);
      try (OutputStream out = ex.getResponseBody()) {
        body.writeTo(out, 0, length / 2);
        out.flush();
        sleep(fault.stallDuration());
        body.writeTo(out, length / 2, length);
      }
      return;
    }
    ex.sendResponseHeaders(status, length == 0 ? -1 : length);
    try (OutputStream out = ex.getResponseBody()) {
      body.writeTo(out, 0, length);
    }
  }

  /** Waits mid-answer; an interrupt (the simulator stopping) ends the wait early. */
  private static void sleep(java.time.Duration d) throws IOException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted mid-body", e);
    }
  }

  /** Closes the TCP connection without (the rest of) an answer. */
  private static void drop(HttpExchange ex) {
    try {
      // Closing the raw streams before any response headers makes the JDK server close the socket.
      ex.getRequestBody().close();
    } catch (IOException | RuntimeException ignored) {
      // already gone
    }
    ex.close();
  }
}
