package dev.gongconnector.client.internal;

import dev.gongconnector.client.AuthenticationException;
import dev.gongconnector.client.ConflictException;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.NotFoundException;
import dev.gongconnector.client.PermissionException;
import dev.gongconnector.client.RateLimitedException;
import dev.gongconnector.client.ServerException;
import dev.gongconnector.client.UnexpectedStatusException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a non-2xx answer into the matching {@link GongException}. */
public final class ErrorMapper {

  private static final Pattern FIELD =
      Pattern.compile("^([A-Za-z][A-Za-z0-9_]*(?:[.\\[\\]][A-Za-z0-9_\\]]*)*):\\s");

  /**
   * Longer waits are read as this (a week): any of them means the daily quota anyway, and unbounded
   * values would overflow the reset time and the limiter's clock.
   */
  static final Duration MAX_RETRY_AFTER = Duration.ofDays(7);

  private ErrorMapper() {}

  /** The exception for {@code status} with Gong's error body (parsed leniently) and headers. */
  public static GongException map(int status, HttpHeaders headers, byte[] body) {
    ErrorBody err = parse(body);
    String requestId = err.requestId();
    List<String> errors = err.errors();
    if (errors.isEmpty()) {
      errors = List.of(defaultText(status, body));
    }
    String msg = GongException.describe(status, requestId, errors);
    switch (status) {
      case 400:
        return new InvalidRequestException(status, requestId, errors, fieldOf(errors), msg, null);
      case 401:
        return new AuthenticationException(
            status,
            requestId,
            errors,
            msg + " (check the access key and secret, or the bearer token)",
            null);
      case 403:
        return new PermissionException(
            status,
            requestId,
            errors,
            msg + " (the key lacks the permission or OAuth scope for this endpoint)",
            null);
      case 404:
        return new NotFoundException(status, requestId, errors, msg, null);
      case 409:
        return new ConflictException(status, requestId, errors, msg, null);
      case 429:
        {
          Duration retryAfter = retryAfter(headers).orElse(null);
          boolean daily =
              retryAfter != null && retryAfter.compareTo(RetryPolicy.DAILY_LIMIT_THRESHOLD) > 0;
          Instant resets =
              retryAfter == null
                  ? null
                  : Instant.now()
                      .plus(retryAfter)
                      .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
          String m =
              msg
                  + (retryAfter == null
                      ? ""
                      : " (Retry-After "
                          + retryAfter.toSeconds()
                          + " s"
                          + (daily ? ", probably the daily quota; resets about " + resets : "")
                          + ")");
          return new RateLimitedException(
              status, requestId, errors, retryAfter, daily, resets, m, null);
        }
      default:
        if (status >= 500 && status < 600) {
          return new ServerException(status, requestId, errors, msg, null);
        }
        return new UnexpectedStatusException(status, requestId, errors, msg, null);
    }
  }

  /** {@code Retry-After} as seconds or an HTTP date. */
  public static Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> v = headers.firstValue("Retry-After");
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String s = v.get().strip();
    if (s.matches("-?\\d{1,18}")) {
      long seconds = Math.max(0, Long.parseLong(s));
      return Optional.of(Duration.ofSeconds(Math.min(seconds, MAX_RETRY_AFTER.toSeconds())));
    }
    if (s.matches("\\d+")) {
      return Optional.of(
          MAX_RETRY_AFTER); // more digits than a long: absurd, but still "wait very long"
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(Instant.now(), at.toInstant());
      return Optional.of(
          d.isNegative() ? Duration.ZERO : d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The field a 400 message names when it starts with {@code field: ...} (as the simulator writes
   * them). Gong's own 400 texts are not documented (unconfirmed), so this is best effort and may be
   * null.
   */
  static String fieldOf(List<String> errors) {
    for (String e : errors) {
      Matcher m = FIELD.matcher(e);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static ErrorBody parse(byte[] body) {
    if (body != null && body.length > 0) {
      try {
        ErrorBody b = Json.mapper().readValue(body, ErrorBody.class);
        if (b != null) {
          return b;
        }
      } catch (Exception ignored) {
        // not Gong's JSON error body (e.g. a proxy's HTML page): fall back to the status text
      }
    }
    return new ErrorBody(null, List.of());
  }

  private static String defaultText(int status, byte[] body) {
    switch (status) {
      case 400:
        return "Malformed request";
      case 401:
      case 403:
        return "Access denied";
      case 404:
        return "Not found";
      case 429:
        return "API request limit exceeded";
      default:
        if (status >= 500) {
          return "Failed to complete the operation due to an unexpected error";
        }
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "HTTP " + status : text.substring(0, Math.min(200, text.length()));
    }
  }
}
