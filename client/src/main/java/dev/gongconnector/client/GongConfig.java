package dev.gongconnector.client;

import java.net.URI;
import java.time.Duration;

/**
 * The settings of a {@link GongClient}, as built by {@link GongClient.Builder}.
 *
 * <p>{@link #toString()} shows the access key id at most, never the secret or token.
 *
 * @param baseUrl the tenant's API base, normalised: scheme, host, optional port and path prefix,
 *     without {@code /v2} and without a trailing slash (e.g. {@code https://us-12345.api.gong.io})
 * @param credentials access key + secret, or bearer token
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout time to wait for an answer's headers on JSON requests, then the longest
 *     pause allowed in its body
 * @param uploadTimeout time allowed for a whole media upload (files up to 1.5 GB)
 * @param maxAttempts attempts per request including the first (1 = no retry)
 * @param maxRetryTime total time one request may spend in retries and waits
 * @param rateLimitPerSecond requests per second across all threads (0 = unlimited)
 * @param dailyBudget requests per UTC day this client may make (0 = unlimited)
 * @param batchConcurrency parallel requests when fetching many call ids in chunks
 * @param userAgent the User-Agent header
 */
public record GongConfig(
    URI baseUrl,
    Credentials credentials,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration uploadTimeout,
    int maxAttempts,
    Duration maxRetryTime,
    double rateLimitPerSecond,
    long dailyBudget,
    int batchConcurrency,
    String userAgent) {

  /**
   * {@return the URI of an API path such as {@code /v2/calls}}
   *
   * @param pathAndQuery the path and query after the base URL
   */
  public URI resolve(String pathAndQuery) {
    return URI.create(baseUrl.toString() + pathAndQuery);
  }

  @Override
  public String toString() {
    return "GongConfig[baseUrl="
        + baseUrl
        + ", "
        + credentials
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", uploadTimeout="
        + uploadTimeout
        + ", maxAttempts="
        + maxAttempts
        + ", maxRetryTime="
        + maxRetryTime
        + ", rateLimitPerSecond="
        + rateLimitPerSecond
        + ", dailyBudget="
        + dailyBudget
        + ", batchConcurrency="
        + batchConcurrency
        + "]";
  }
}
