package dev.gongconnector.client.internal;

import com.fasterxml.jackson.core.JacksonException;
import dev.gongconnector.client.GongConfig;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.MalformedResponseException;
import dev.gongconnector.client.RateLimitedException;
import dev.gongconnector.client.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends {@link ApiRequest}s: rate limiting, auth header, retries, error mapping and JSON parsing.
 * Shared by all services of a client. Logs method, path, status, requestId, attempt and waits at
 * DEBUG; never headers or bodies.
 */
public final class Transport {

  private static final System.Logger LOG = ClientLog.get();

  /**
   * Parses a 2xx body as it arrives; a parse failure becomes {@link MalformedResponseException}, a
   * broken stream {@link TransportException}.
   */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(InputStream body) throws IOException;
  }

  /** Read of an error answer's body: Gong's are small, a misbehaving proxy's need not be. */
  static final int ERROR_BODY_LIMIT = 64 * 1024;

  private final GongConfig config;
  private final HttpClient http;
  private final RateLimiter limiter;
  private final RetryPolicy retry;

  public Transport(GongConfig config, HttpClient http, RateLimiter limiter) {
    this.config = config;
    this.http = http;
    this.limiter = limiter;
    this.retry = new RetryPolicy(config.maxAttempts(), config.maxRetryTime());
  }

  public GongConfig config() {
    return config;
  }

  /**
   * Sends {@code request}, retrying as the policy allows, and parses the 2xx body as {@code type}.
   */
  public <T> T send(ApiRequest request, Class<T> type) {
    return send(request, body -> Json.mapper().readValue(body, type));
  }

  /**
   * Sends {@code request}, retrying as the policy allows, and parses the 2xx body with {@code
   * parser}.
   */
  public <T> T send(ApiRequest request, Parser<T> parser) {
    long start = System.nanoTime();
    long deadline = start + retry.maxRetryTime().toNanos();
    for (int attempt = 1; ; attempt++) {
      GongException failure;
      RateLimiter.Permit permit = acquire(request, attempt);
      try {
        return once(request, parser, attempt);
      } catch (GongException e) {
        failure = e;
      }
      if (failure instanceof RateLimitedException r
          && r.status() == 429
          && !r.isDailyLimit()
          && r.retryAfter().isPresent()) {
        // Every thread of the client holds back, whether or not this request is retried; the
        // limiter
        // also widens its margin if its own pacing was too tight.
        limiter.penalize(r.retryAfter().get(), permit);
      }
      if (!retry.shouldRetry(failure, attempt, request.retryable())) {
        throw gaveUp(failure, attempt, start);
      }
      if (RetryPolicy.refused(failure)
          && System.nanoTime() - start > RetryPolicy.REFUSED_RETRY_TIME.toNanos()) {
        // Nothing listening there: a wrong URL or port far more often than an outage, so an
        // interactive command should not wait out the whole budget.
        throw gaveUp(failure, attempt, start);
      }
      Duration wait = retry.delay(failure, attempt);
      if (wait.toNanos() > deadline - System.nanoTime()) {
        // Waiting longer than the budget still allows (e.g. a long Retry-After): fail now, the
        // exception says how long Gong asked to wait and how long we tried.
        throw gaveUp(failure, attempt, start);
      }
      final int failed = attempt;
      LOG.log(
          Level.DEBUG,
          () ->
              request.describe()
                  + " attempt "
                  + failed
                  + " failed ("
                  + failure.kind()
                  + " "
                  + failure.status()
                  + (failure.requestId() == null ? "" : ", requestId " + failure.requestId())
                  + "); retrying in "
                  + wait.toMillis()
                  + " ms");
      sleep(wait);
    }
  }

  /** A transient failure that was not retried further says how long it was tried. */
  private GongException gaveUp(GongException failure, int attempts, long start) {
    if (!failure.isTransient() || RetryPolicy.cannotHeal(failure)) return failure;
    return failure.withRetries(
        attempts, Duration.ofNanos(System.nanoTime() - start), retry.maxRetryTime());
  }

  private RateLimiter.Permit acquire(ApiRequest request, int attempt) {
    RateLimiter.Permit permit;
    try {
      permit = limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          "Interrupted while waiting for the rate limiter before " + request.describe(), e);
    }
    LOG.log(
        Level.TRACE,
        () ->
            request.describe()
                + " released by the rate limiter (attempt "
                + attempt
                + ", release "
                + permit.sequence()
                + ")");
    return permit;
  }

  private <T> T once(ApiRequest request, Parser<T> parser, int attempt) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(config.resolve(request.path()))
            .timeout(timeoutOf(request))
            .header("Authorization", config.credentials().authorizationHeader())
            .header("Accept", "application/json")
            .header("User-Agent", config.userAgent());
    if (request.body() != null) {
      b.method(request.method(), request.body().get());
      b.header("Content-Type", request.contentType());
    } else {
      b.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    long t0 = System.nanoTime();
    HttpResponse<InputStream> response;
    try {
      response = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      debugOutcome(request, () -> "timeout (attempt " + attempt + ")");
      throw new TransportException(
          "No answer from Gong to "
              + request.describe()
              + " within "
              + timeoutOf(request).toMillis()
              + " ms (attempt "
              + attempt
              + ")",
          e);
    } catch (IOException e) {
      debugOutcome(request, () -> e + " (attempt " + attempt + ")");
      throw new TransportException(
          "No answer from Gong to "
              + request.describe()
              + " at "
              + hostOf(config.resolve(request.path()))
              + " (attempt "
              + attempt
              + "): "
              + reason(e),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("Interrupted during " + request.describe(), e);
    }
    int status = response.statusCode();
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    // Closed (drained, watch cancelled) on every path, parsed or not.
    try (BodyStream body = BodyStream.watched(response.body(), timeoutOf(request))) {
      if (status >= 200 && status < 300) {
        T value = parsed(request, parser, body, status, attempt);
        // Logged once parsed: the headers' time alone says little of a several-MB page.
        long all = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        debugOutcome(
            request,
            () ->
                status + " (attempt " + attempt + ", " + ms + " ms, parsed after " + all + " ms)");
        return value;
      }
      byte[] errorBody;
      try {
        errorBody = body.readNBytes(ERROR_BODY_LIMIT);
      } catch (IOException e) {
        throw broken(request, body, e, attempt);
      }
      GongException error = ErrorMapper.map(status, response.headers(), redacted(errorBody));
      debugOutcome(
          request,
          () ->
              status
                  + " (requestId "
                  + error.requestId()
                  + ", attempt "
                  + attempt
                  + ", "
                  + ms
                  + " ms)");
      throw error;
    }
  }

  /** Logs "request -> outcome" at DEBUG; the message is built only when DEBUG is on. */
  private static void debugOutcome(ApiRequest request, Supplier<String> outcome) {
    LOG.log(Level.DEBUG, () -> request.describe() + " -> " + outcome.get());
  }

  private <T> T parsed(
      ApiRequest request, Parser<T> parser, BodyStream body, int status, int attempt) {
    T value;
    try {
      value = parser.parse(body);
    } catch (IOException e) {
      // Checked first: Jackson may report a broken stream as its own exception.
      if (body.broken()) throw broken(request, body, e, attempt);
      if (e instanceof JacksonException j) {
        throw malformed(
            status,
            request,
            "a body that is not the expected JSON ("
                + config.credentials().redact(j.getOriginalMessage())
                + ")",
            e);
      }
      throw malformed(
          status,
          request,
          "an unreadable body: " + config.credentials().redact(String.valueOf(e)),
          e);
    }
    if (value == null) {
      throw malformed(status, request, "an empty JSON body", null);
    }
    return value;
  }

  /** A 2xx answer whose body is not what was asked for, in one message shape. */
  private static MalformedResponseException malformed(
      int status, ApiRequest request, String what, Throwable cause) {
    return new MalformedResponseException(
        status,
        null,
        List.of(),
        "Gong answered " + status + " to " + request.describe() + " with " + what,
        cause);
  }

  /**
   * The answer's body broke off (connection dropped) or stalled: no answer, as when the headers do
   * not come, so retried alike.
   */
  private TransportException broken(
      ApiRequest request, BodyStream body, IOException e, int attempt) {
    if (body.expired()) {
      long timeout = timeoutOf(request).toMillis();
      debugOutcome(request, () -> "body stalled (attempt " + attempt + ")");
      HttpTimeoutException stalled =
          new HttpTimeoutException("no part of the body within " + timeout + " ms");
      stalled.initCause(body.failure());
      return new TransportException(
          "Gong's answer to "
              + request.describe()
              + " stalled: no part of its body within "
              + timeout
              + " ms (attempt "
              + attempt
              + ")",
          stalled);
    }
    IOException cause = whatBroke(body, e);
    debugOutcome(request, () -> "body broke off: " + cause + " (attempt " + attempt + ")");
    return new TransportException(
        "Gong's answer to "
            + request.describe()
            + " from "
            + hostOf(config.resolve(request.path()))
            + " broke off (attempt "
            + attempt
            + "): "
            + config.credentials().redact(reason(cause)),
        cause);
  }

  /** The JDK's own exception, not Jackson's (which may quote the body). */
  private static IOException whatBroke(BodyStream body, IOException e) {
    IOException cause = body.failure() != null ? body.failure() : e;
    if ("closed".equals(cause.getMessage()) && cause.getCause() instanceof IOException why) {
      // JDK 17's body stream says "closed" and keeps what happened (e.g. "fixed content-length:
      // 1000, bytes received: 510") as its cause.
      return why;
    }
    return cause;
  }

  private Duration timeoutOf(ApiRequest request) {
    return request.timeout() == null ? config.requestTimeout() : request.timeout();
  }

  /**
   * The body of an error answer with the credential removed: a server or proxy may echo the request
   * headers, and the body's text ends up in the exception message.
   */
  private byte[] redacted(byte[] body) {
    if (body == null || body.length == 0) return body;
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    String safe = config.credentials().redact(text);
    return safe.equals(text) ? body : safe.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Host and port only: never the user info a URL might carry. */
  private static String hostOf(java.net.URI uri) {
    return uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /**
   * What went wrong, for a person: the JDK client (17) wraps the real cause in a {@code
   * ConnectException} without a message (a refused connection shows up as a {@code
   * ClosedChannelException} under it).
   */
  static String reason(IOException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof java.nio.channels.UnresolvedAddressException
        || root instanceof java.net.UnknownHostException) {
      return "unknown host (check the base URL)";
    }
    if (e instanceof java.net.ConnectException) {
      return "could not connect (connection refused, or nothing listening there; check the base URL)"
          + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    String top =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    if (root == e) {
      return top;
    }
    return top
        + " ("
        + root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage())
        + ")";
  }

  private static void sleep(Duration d) {
    try {
      TimeUnit.NANOSECONDS.sleep(d.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("Interrupted while waiting to retry", e);
    }
  }
}
