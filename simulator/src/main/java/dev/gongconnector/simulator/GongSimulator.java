package dev.gongconnector.simulator;

import dev.gongconnector.simulator.calls.AddCallHandler;
import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.ListingHandlers;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.http.Auth;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.RateLimiter;
import dev.gongconnector.simulator.http.RequestIds;
import dev.gongconnector.simulator.http.Router;
import dev.gongconnector.simulator.http.Scopes;
import dev.gongconnector.simulator.http.SimServer;
import dev.gongconnector.simulator.media.MediaHandler;
import dev.gongconnector.simulator.media.MediaServer;
import dev.gongconnector.simulator.users.UsersHandler;
import dev.gongconnector.simulator.workspaces.WorkspacesHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * A local Gong: the Gong REST API v2 on 127.0.0.1, with a generated company, Gong's auth, paging,
 * limits and errors, and scripted faults for tests.
 *
 * <pre>{@code
 * try (GongSimulator sim = GongSimulator.builder().calls(300).rateLimitPerSecond(0).start()) {
 *     String base = sim.baseUrl();                     // "http://127.0.0.1:<port>", clients add /v2
 *     sim.faults().enqueue(Fault.status(503).onPath("/v2/calls/transcript").times(3));
 *     long served = sim.requestCount("/v2/calls");
 * }
 * }</pre>
 *
 * <p>Same seed and anchor date give the same company and byte-identical answers (request ids
 * included, for the same sequence of requests). Thread-safe; {@link #close()} stops the server.
 */
public final class GongSimulator implements AutoCloseable {

  private final Builder config;
  private final String accessKey;
  private final String accessKeySecret;
  private final Faults faults = new Faults();
  private final Company company;
  private final CallStore store;
  private final RateLimiter limiter;
  private final SimServer server;
  private final MediaServer mediaServer;

  private GongSimulator(Builder b) {
    this.config = b;
    SecureRandom random = new SecureRandom();
    this.accessKey = b.accessKey != null ? b.accessKey : "SIMKEY" + token(random, 20);
    this.accessKeySecret = b.accessKeySecret != null ? b.accessKeySecret : token(random, 40);
    Instant anchor =
        (b.anchorDate != null ? b.anchorDate : LocalDate.now(b.clock.withZone(ZoneOffset.UTC)))
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    int users = b.users > 0 ? b.users : Math.min(400, 40 + b.calls / 100);
    this.company = new Company(b.seed, anchor, users);
    this.store = new CallStore(company, b.calls);
    this.limiter = new RateLimiter(b.rateLimitPerSecond, b.dailyLimit, b.clock, b.onArrival);
    Cursors cursors = new Cursors(b.seed, b.clock, b.cursorTtl);
    ListingHandlers listing = new ListingHandlers(store, cursors);
    AddCallHandler add = new AddCallHandler(store, b.duplicateMessageWithCallId);
    MediaHandler media = new MediaHandler(store, b.maxMediaBytes, b.mediaDir);
    UsersHandler users1 = new UsersHandler(company, cursors);
    WorkspacesHandler workspaces = new WorkspacesHandler(company);
    this.mediaServer = new MediaServer(store, b.seed, b.clock, faults::next);
    store.mediaLinks(mediaServer);
    Router router =
        new Router()
            .add("GET", "/v2/calls", listing::list)
            .add("POST", "/v2/calls", add::handle)
            .add("GET", "/v2/calls/{id}", listing::get)
            .add("PUT", "/v2/calls/{id}/media", media::handle)
            .add("POST", "/v2/calls/extensive", listing::extensive)
            .add("POST", "/v2/calls/transcript", listing::transcript)
            .add("GET", "/v2/workspaces", workspaces::list)
            .add("GET", "/v2/users", users1::list)
            .add("GET", "/v2/users/{id}", users1::get)
            .add("POST", "/v2/users/extensive", users1::extensive);
    Scopes scopes = new Scopes(b.bearerTokenScopes);
    ReadApiRoutes.add(router, store, cursors, scopes);
    PartBRoutes.register(router, store, cursors, scopes);
    this.server =
        new SimServer(
            new SimServer.Settings(b.port, b.latencyMs, b.faultRate, b.seed, b.maxJsonBytes),
            router,
            new Auth(accessKey, accessKeySecret, b.bearerToken),
            limiter,
            faults::next,
            new RequestIds());
  }

  private static String token(SecureRandom r, int n) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** A builder with Gong's defaults: 2000 calls, seed 42, 3 requests/s, 10,000 a day. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:<port>}, without {@code /v2} (clients add it). */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return server.port();
  }

  public String accessKey() {
    return accessKey;
  }

  /** The secret this simulator accepts (a local test credential). */
  public String accessKeySecret() {
    return accessKeySecret;
  }

  /** The bearer token accepted besides Basic auth, or null. */
  public String bearerToken() {
    return config.bearerToken;
  }

  /** The scripted fault queue. */
  public Faults faults() {
    return faults;
  }

  /** Requests received so far (all of them: faulted, refused and served). */
  public long requestCount() {
    return server.requestCount();
  }

  /**
   * Requests received for one raw path, e.g. {@code /v2/calls/transcript} (method not considered).
   */
  public long requestCount(String path) {
    return server.requestCount(path);
  }

  /** Requests per raw path so far. */
  public Map<String, Long> requestCounts() {
    return server.requestCounts();
  }

  /** Sets all request counts back to zero. */
  public void resetRequestCounts() {
    server.resetRequestCounts();
  }

  /** Requests counted against today's daily limit. */
  public long dailyRequestsUsed() {
    return limiter.usedToday();
  }

  /** 429s answered by the limits so far (scripted 429 faults not included). */
  public long rateLimitedCount() {
    return limiter.refusedCount();
  }

  /** Number of generated calls (calls added over the API come on top). */
  public int generatedCalls() {
    return store.generatedCount();
  }

  /**
   * Midnight UTC of the anchor date: generated calls lie in the {@value CallStore#SPAN_DAYS} days
   * before it.
   */
  public Instant anchor() {
    return company.anchor();
  }

  /** Earliest instant a generated call can start (for "the whole range" queries). */
  public Instant earliestCallStart() {
    return company.anchor().minus(Duration.ofDays(CallStore.SPAN_DAYS + 1));
  }

  /**
   * The media host's base URL: the {@code audioUrl}/{@code videoUrl} of extensive data point there
   * (another port than the API, as Gong's media URLs are on another host).
   */
  public String mediaBaseUrl() {
    return mediaServer.baseUrl();
  }

  /** Requests the media host has received. */
  public long mediaRequestCount() {
    return mediaServer.requestCount();
  }

  /** Body bytes the media host has sent (a resumed download sends fewer than two whole files). */
  public long mediaBytesServed() {
    return mediaServer.bytesServed();
  }

  @Override
  public void close() {
    server.stop();
    mediaServer.stop();
  }

  /** Configures and starts a {@link GongSimulator}. */
  public static final class Builder {
    private int port;
    private int calls = 2000;
    private long seed = 42;
    private int users;
    private int rateLimitPerSecond = 3;
    private long dailyLimit = 10_000;
    private long latencyMs;
    private double faultRate;
    private String accessKey;
    private String accessKeySecret;
    private String bearerToken;
    private java.util.Set<String> bearerTokenScopes;
    private LocalDate anchorDate;
    private Clock clock = Clock.systemUTC();
    private LongConsumer onArrival = t -> {};
    private Duration cursorTtl = Duration.ofHours(1);
    private long maxJsonBytes = 1 << 20;
    private long maxMediaBytes = 1_610_612_736L;
    private Path mediaDir;
    private boolean duplicateMessageWithCallId = true;

    private Builder() {}

    /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      this.port = port;
      return this;
    }

    /** Number of generated calls (default 2000); 100,000 is fine. */
    public Builder calls(int calls) {
      if (calls < 0 || calls > 5_000_000) {
        throw new IllegalArgumentException("calls must be 0..5000000");
      }
      this.calls = calls;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Number of users (default 40 + calls/100, at most 400). */
    public Builder users(int users) {
      if (users < 0 || users > 100_000) {
        throw new IllegalArgumentException("users must be 0..100000");
      }
      this.users = users;
      return this;
    }

    /** Requests per second for the whole company; 0 = off; default 3 (Gong's). */
    public Builder rateLimitPerSecond(int perSecond) {
      if (perSecond < 0) {
        throw new IllegalArgumentException("rateLimitPerSecond must be >= 0");
      }
      this.rateLimitPerSecond = perSecond;
      return this;
    }

    /** Requests per UTC day; 0 = off; default 10,000 (Gong's). */
    public Builder dailyLimit(long perDay) {
      if (perDay < 0) {
        throw new IllegalArgumentException("dailyLimit must be >= 0");
      }
      this.dailyLimit = perDay;
      return this;
    }

    /** Delay added before every answer. */
    public Builder latencyMs(long ms) {
      if (ms < 0) {
        throw new IllegalArgumentException("latencyMs must be >= 0");
      }
      this.latencyMs = ms;
      return this;
    }

    /** Share (0..1) of requests answered with a random 500 or a dropped connection, half each. */
    public Builder faultRate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("faultRate must be in 0..1");
      }
      this.faultRate = rate;
      return this;
    }

    /** The access key to accept (generated when not given). */
    public Builder accessKey(String key) {
      this.accessKey = requireText(key, "accessKey");
      return this;
    }

    /** The access key secret to accept (generated when not given). */
    public Builder accessKeySecret(String secret) {
      this.accessKeySecret = requireText(secret, "accessKeySecret");
      return this;
    }

    /** Also accept {@code Authorization: Bearer <token>}. */
    public Builder bearerToken(String token) {
      this.bearerToken = requireText(token, "bearerToken");
      return this;
    }

    /**
     * The OAuth scopes of the bearer token (e.g. {@code api:library:read}); a Bearer request to an
     * endpoint whose scope is missing gets a 403. Default: every scope. Basic auth is not scoped.
     */
    public Builder bearerTokenScopes(java.util.Set<String> scopes) {
      this.bearerTokenScopes = java.util.Set.copyOf(scopes);
      return this;
    }

    /** Generated calls lie in the half year before this UTC date (default: today, UTC). */
    public Builder anchorDate(LocalDate date) {
      this.anchorDate = Objects.requireNonNull(date, "anchorDate");
      return this;
    }

    /**
     * The clock for rate limits, cursor expiry and the default anchor (tests can pass a fixed
     * clock).
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Told each request's arrival stamp (epoch ms on {@link #clock(Clock) the clock}): the time the
     * per-second limit counts for it, 429s included. Called on the server's thread, first thing for
     * every request: keep it short. For tracing which requests filled a window that refused one.
     */
    public Builder onArrival(LongConsumer listener) {
      this.onArrival = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * How long a cursor sequence stays valid (default 1 hour, like Gong's, unconfirmed); zero =
     * forever.
     */
    public Builder cursorTtl(Duration ttl) {
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("cursorTtl must not be negative");
      }
      this.cursorTtl = ttl;
      return this;
    }

    /** Largest JSON request body accepted (default 1 MiB); larger bodies get 413. */
    public Builder maxJsonBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxJsonBytes must be >= 1024");
      }
      this.maxJsonBytes = bytes;
      return this;
    }

    /** Largest media upload (default 1.5 GiB, Gong's); larger uploads get 413. */
    public Builder maxMediaBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxMediaBytes must be >= 1");
      }
      this.maxMediaBytes = bytes;
      return this;
    }

    /** Keep uploaded media files in this directory (default: discard them after counting). */
    public Builder mediaDir(Path dir) {
      // Refused here rather than on every upload (each one then failed with an empty reply).
      if (dir != null && java.nio.file.Files.exists(dir)) {
        if (!java.nio.file.Files.isDirectory(dir)) {
          throw new IllegalArgumentException("media directory " + dir + " is not a directory");
        }
        if (!java.nio.file.Files.isWritable(dir)) {
          throw new IllegalArgumentException("media directory " + dir + " is not writable");
        }
      }
      this.mediaDir = dir;
      return this;
    }

    /**
     * Whether the 409 for a repeated {@code clientUniqueId} on {@code POST /v2/calls} names the
     * existing call id (default true: "... already exists: callId 123"). False leaves it out ("...
     * already exists"), as Gong may (its text is unconfirmed), so a client has to look the call up
     * by {@code clientUniqueId}.
     */
    public Builder duplicateMessageWithCallId(boolean withCallId) {
      this.duplicateMessageWithCallId = withCallId;
      return this;
    }

    private static String requireText(String v, String name) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return v;
    }

    /** Generates the company, binds the port and starts serving. */
    public GongSimulator start() {
      GongSimulator sim = new GongSimulator(this);
      try {
        sim.mediaServer.start();
        sim.server.start();
      } catch (IOException e) {
        sim.mediaServer.stop();
        throw new UncheckedIOException("cannot start the Gong simulator on port " + port, e);
      }
      return sim;
    }
  }
}
