package dev.gongconnector.client;

import dev.gongconnector.client.calls.CallsService;
import dev.gongconnector.client.internal.BaseUrls;
import dev.gongconnector.client.internal.LazyHttpClient;
import dev.gongconnector.client.internal.RateLimiter;
import dev.gongconnector.client.internal.Transport;
import dev.gongconnector.client.users.UsersService;
import dev.gongconnector.client.workspaces.WorkspacesService;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A client for the Gong REST API v2: immutable, thread-safe, built once and shared.
 *
 * <pre>{@code
 * GongClient gong = GongClient.builder()
 *     .baseUrl("https://us-12345.api.gong.io")        // with or without /v2
 *     .credentials(accessKey, accessKeySecret)
 *     .build();
 * gong.calls().list(CallListRequest.of(from, to)).forEach(call -> ...);
 * }</pre>
 *
 * <p>All threads using one client (and every variant made with {@link #newBuilder()}) share one
 * HTTP connection pool and one rate limiter, so together they stay under the configured requests
 * per second (Gong's default limit is 3/s and 10,000/day per company). Errors are unchecked {@link
 * GongException}s.
 */
public final class GongClient {

  /** Default retry budget: one interactive command (see {@link Builder#retryBudget}). */
  public static final Duration INTERACTIVE_RETRY_BUDGET = Duration.ofMinutes(2);

  /** Retry budget for batch work (sync, export, a connector): outlasts a long outage or quota. */
  public static final Duration BATCH_RETRY_BUDGET = Duration.ofMinutes(15);

  /** Environment variable of the base URL. */
  public static final String ENV_BASE_URL = "GONG_BASE_URL";

  /** Environment variable of the access key. */
  public static final String ENV_ACCESS_KEY = "GONG_ACCESS_KEY";

  /** Environment variable of the access key secret. */
  public static final String ENV_ACCESS_KEY_SECRET = "GONG_ACCESS_KEY_SECRET";

  /** Environment variable of an OAuth bearer token (used when no access key is set). */
  public static final String ENV_BEARER_TOKEN = "GONG_BEARER_TOKEN";

  /**
   * Environment variable of the retry budget ({@code 10s}, {@code 2m}; see {@link HumanDuration}).
   */
  public static final String ENV_RETRY_BUDGET = "GONG_RETRY_BUDGET";

  private final GongConfig config;
  private final HttpClient http;
  private final RateLimiter limiter;
  // True when someone chose the retry budget (then forBatchWork() keeps it, even if it equals 2
  // min).
  private final boolean retryBudgetChosen;
  private final Transport transport;
  private final CallsService calls;
  private final UsersService users;
  private final WorkspacesService workspaces;
  private final ReadServices read;
  private final PartBServices partB;

  private GongClient(
      GongConfig config, HttpClient http, RateLimiter limiter, boolean retryBudgetChosen) {
    this.retryBudgetChosen = retryBudgetChosen;
    this.config = config;
    this.http = http;
    this.limiter = limiter;
    this.transport = new Transport(config, http, limiter);
    this.calls = new CallsService(transport);
    this.users = new UsersService(transport);
    this.workspaces = new WorkspacesService(transport);
    this.read = new ReadServices(transport);
    this.partB = new PartBServices(transport, calls, http, config);
  }

  /**
   * A builder with Gong's defaults (3 requests/s, no daily budget, 5 attempts).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a client from {@code GONG_BASE_URL}, {@code GONG_ACCESS_KEY} and {@code
   * GONG_ACCESS_KEY_SECRET} (or {@code GONG_BEARER_TOKEN}); {@code build()} names the variable that
   * is missing}
   */
  public static GongClient fromEnvironment() {
    return builder().fromEnvironment(System.getenv()).build();
  }

  /**
   * A builder starting from this client's settings; the result shares its HTTP client and rate
   * limiter.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /**
   * {@return this client for batch work (sync, export, a connector): a variant with {@link
   * #BATCH_RETRY_BUDGET}, unless a retry budget was chosen (by the builder, {@code
   * GONG_RETRY_BUDGET} or {@code --retry-budget}; then this client itself)} Shares the HTTP client
   * and the rate limiter.
   */
  public GongClient forBatchWork() {
    if (retryBudgetChosen) return this;
    return newBuilder().retryBudget(BATCH_RETRY_BUDGET).build();
  }

  /** {@return calls: add, upload media, list, get, extensive data, transcripts} */
  public CallsService calls() {
    return calls;
  }

  /** {@return users: list, get, filter} */
  public UsersService users() {
    return users;
  }

  /** {@return workspaces} */
  public WorkspacesService workspaces() {
    return workspaces;
  }

  /** {@return keyword trackers and scorecards ({@code /v2/settings/...})} */
  public dev.gongconnector.client.settings.SettingsService settings() {
    return read.settings();
  }

  /** {@return interaction and activity stats, answered scorecards ({@code /v2/stats/...})} */
  public dev.gongconnector.client.stats.StatsService stats() {
    return read.stats();
  }

  /** {@return library folders and their calls ({@code /v2/library/...})} */
  public dev.gongconnector.client.library.LibraryService library() {
    return read.library();
  }

  /** {@return coaching metrics ({@code /v2/coaching})} */
  public dev.gongconnector.client.coaching.CoachingService coaching() {
    return read.coaching();
  }

  /**
   * {@return CRM integration, schema and objects; calls associated by hand ({@code /v2/crm/...})}
   */
  public dev.gongconnector.client.crm.CrmService crm() {
    return partB.crm;
  }

  /** {@return Gong Engage flows ({@code /v2/flows...})} */
  public dev.gongconnector.client.flows.FlowsService flows() {
    return partB.flows;
  }

  /** {@return call access, audit logs, permission profiles} */
  public dev.gongconnector.client.access.AccessService access() {
    return partB.access;
  }

  /** {@return read-only privacy look-ups ({@code /v2/data-privacy/data-for-...})} */
  public dev.gongconnector.client.privacy.PrivacyService privacy() {
    return partB.privacy;
  }

  /** {@return download of call recordings from their media URLs (resumable)} */
  public dev.gongconnector.client.media.MediaService media() {
    return partB.media;
  }

  /**
   * Makes the JDK HTTP client now (its selector thread, and TLS for an {@code https} URL) instead
   * of at the first request: for a caller that paces its requests and does not want that set-up (a
   * tenth of a second or more on a busy machine) between its pacing and the first request's way
   * out. Does nothing once made.
   */
  public void prepare() {
    if (http instanceof LazyHttpClient lazy) lazy.get();
  }

  /** {@return the settings this client was built with} */
  public GongConfig config() {
    return config;
  }

  /**
   * Requests this client and its variants have sent since the start of the current UTC day.
   *
   * @return the number of requests
   */
  public long requestsToday() {
    return limiter.usedToday();
  }

  @Override
  public String toString() {
    return "GongClient[" + config + "]";
  }

  /** Builds a {@link GongClient}; {@link #build()} names what is missing or invalid. */
  public static final class Builder {
    private String baseUrl;
    private Credentials credentials;
    String missingCredentialsHint = // set by EnvironmentSettings
        "credentials(accessKey, accessKeySecret) or bearerToken(token)";
    private Duration connectTimeout = LazyHttpClient.DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = Duration.ofSeconds(60);
    private Duration uploadTimeout = Duration.ofHours(2);
    private int maxAttempts = Integer.MAX_VALUE;
    private Duration maxRetryTime = INTERACTIVE_RETRY_BUDGET;
    private double rateLimitPerSecond = 3;
    private long dailyBudget;
    private int batchConcurrency = 3;
    private String userAgent = "gong-connector-java/0.1";
    private final GongClient parent;
    private boolean limiterChanged;
    private boolean connectTimeoutChanged;
    boolean fromEnvironment; // set by EnvironmentSettings
    private boolean retryBudgetChosen;

    private Builder() {
      this.parent = null;
    }

    private Builder(GongClient parent) {
      this.parent = parent;
      GongConfig c = parent.config;
      this.baseUrl = c.baseUrl().toString();
      this.credentials = c.credentials();
      this.connectTimeout = c.connectTimeout();
      this.requestTimeout = c.requestTimeout();
      this.uploadTimeout = c.uploadTimeout();
      this.maxAttempts = c.maxAttempts();
      this.maxRetryTime = c.maxRetryTime();
      this.retryBudgetChosen = parent.retryBudgetChosen;
      this.rateLimitPerSecond = c.rateLimitPerSecond();
      this.dailyBudget = c.dailyBudget();
      this.batchConcurrency = c.batchConcurrency();
      this.userAgent = c.userAgent();
    }

    /**
     * The tenant's API base URL, e.g. {@code https://us-12345.api.gong.io}; {@code /v2} and a
     * trailing slash are optional.
     *
     * @param baseUrl Gong's API base URL, e.g. https://us-12345.api.gong.io
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Access key + access key secret (HTTP Basic).
     *
     * @param accessKey the access key
     * @param accessKeySecret the access key secret
     * @return this builder
     */
    public Builder credentials(String accessKey, String accessKeySecret) {
      this.credentials = Credentials.basic(accessKey, accessKeySecret);
      return this;
    }

    /**
     * Credentials made elsewhere.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * An OAuth access token (Bearer).
     *
     * @param token an OAuth bearer token
     * @return this builder
     */
    public Builder bearerToken(String token) {
      this.credentials = Credentials.bearer(token);
      return this;
    }

    /**
     * Reads base URL and credentials from an environment map ({@code System.getenv()} or a test
     * map), and the retry budget from {@code GONG_RETRY_BUDGET} when set.
     *
     * @param env the environment variables
     * @return this builder
     */
    public Builder fromEnvironment(Map<String, String> env) {
      EnvironmentSettings.apply(env, this);
      return this;
    }

    /**
     * TCP/TLS connect timeout (default 10 s).
     *
     * @param timeout how long to wait
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      this.connectTimeoutChanged = true;
      return this;
    }

    /**
     * How long to wait for an answer to a JSON request (default 60 s): for its headers, then for
     * each part of its body (a body that stops arriving for that long is dropped); a stall past it
     * is retried.
     *
     * @param timeout how long to wait
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * How long a whole media upload may take (default 2 h: files go up to 1.5 GB).
     *
     * @param timeout how long to wait
     * @return this builder
     */
    public Builder uploadTimeout(Duration timeout) {
      this.uploadTimeout = positive(timeout, "uploadTimeout");
      return this;
    }

    /**
     * At most this many attempts per request including the first (default unlimited: the {@link
     * #retryBudget} decides; 1 = never retry).
     *
     * @param maxAttempts the most attempts per request
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw InvalidRequestException.ofField(
            "maxAttempts", "must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The retry budget: how long one request may keep retrying transient failures (429s, 502, 503,
     * 504, other 5xx, dropped connections, truncated or malformed answers to reads), waits and
     * {@code Retry-After} included. Default {@link #INTERACTIVE_RETRY_BUDGET} (2 min), for one
     * command a person waits for; batch work (sync, export, a connector) should use {@link
     * #BATCH_RETRY_BUDGET} or more. The error that ends it says how long it tried.
     *
     * @param budget the retry budget
     * @return this builder
     */
    public Builder retryBudget(Duration budget) {
      this.maxRetryTime = positive(budget, "retryBudget");
      this.retryBudgetChosen = true;
      return this;
    }

    /**
     * Same as {@link #retryBudget(Duration)} (the older name).
     *
     * @param maxRetryTime the longest time spent retrying one request
     * @return this builder
     */
    public Builder maxRetryTime(Duration maxRetryTime) {
      return retryBudget(maxRetryTime);
    }

    /**
     * Requests per second across all threads of this client and its variants (default 3, Gong's
     * limit; 0 = unlimited).
     *
     * @param perSecond requests per second
     * @return this builder
     */
    public Builder rateLimitPerSecond(double perSecond) {
      if (perSecond < 0 || Double.isNaN(perSecond)) {
        throw InvalidRequestException.ofField(
            "rateLimitPerSecond", "must be >= 0, was " + perSecond);
      }
      this.rateLimitPerSecond = perSecond;
      this.limiterChanged = true;
      return this;
    }

    /**
     * Requests per UTC day this client may make (default 0 = unlimited; Gong's default quota is
     * 10,000).
     *
     * @param budget the retry budget
     * @return this builder
     */
    public Builder dailyBudget(long budget) {
      if (budget < 0) {
        throw InvalidRequestException.ofField("dailyBudget", "must be >= 0, was " + budget);
      }
      this.dailyBudget = budget;
      this.limiterChanged = true;
      return this;
    }

    /**
     * Parallel requests when fetching many call ids in chunks of 100 (default 3), always under the
     * rate limit.
     *
     * @param concurrency how many requests may run at once
     * @return this builder
     */
    public Builder batchConcurrency(int concurrency) {
      if (concurrency < 1) {
        throw InvalidRequestException.ofField(
            "batchConcurrency", "must be at least 1, was " + concurrency);
      }
      this.batchConcurrency = concurrency;
      return this;
    }

    /**
     * The User-Agent header.
     *
     * @param userAgent the User-Agent header
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /**
     * Builds the client; throws {@link InvalidRequestException} naming a missing or invalid
     * setting.
     *
     * @return the client
     */
    public GongClient build() {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw InvalidRequestException.ofField(
            "baseUrl",
            fromEnvironment
                ? "is missing: set " + ENV_BASE_URL + " (e.g. https://us-12345.api.gong.io)"
                : "is missing (e.g. https://us-12345.api.gong.io, shown on Gong's API settings page)");
      }
      if (credentials == null) {
        throw InvalidRequestException.ofField(
            "credentials", "are missing: set " + missingCredentialsHint);
      }
      GongConfig config =
          new GongConfig(
              BaseUrls.normalize(baseUrl),
              credentials,
              connectTimeout,
              requestTimeout,
              uploadTimeout,
              maxAttempts,
              maxRetryTime,
              rateLimitPerSecond,
              dailyBudget,
              batchConcurrency,
              userAgent);
      HttpClient http =
          parent != null && !connectTimeoutChanged
              ? parent.http
              : LazyHttpClient.forBaseUrl(config.baseUrl(), connectTimeout);
      RateLimiter limiter =
          parent != null && !limiterChanged
              ? parent.limiter
              : new RateLimiter(rateLimitPerSecond, dailyBudget);
      return new GongClient(config, http, limiter, retryBudgetChosen);
    }

    private static Duration positive(Duration d, String field) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw InvalidRequestException.ofField(field, "must be a positive duration, was " + d);
      }
      return d;
    }
  }
}
