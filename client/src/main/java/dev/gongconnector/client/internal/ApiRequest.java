package dev.gongconnector.client.internal;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One logical request to Gong, which the transport may send several times.
 *
 * @param method HTTP method
 * @param path path and query starting with {@code /v2/}
 * @param body makes a fresh body publisher per attempt, or null for none
 * @param contentType the body's content type, or null
 * @param retryable whether it may be sent again after a failure (idempotent and replayable)
 * @param timeout the attempt's timeout, or null for the configured request timeout
 */
public record ApiRequest(
    String method,
    String path,
    Supplier<HttpRequest.BodyPublisher> body,
    String contentType,
    boolean retryable,
    Duration timeout) {

  /** A GET (always retryable). */
  public static ApiRequest get(String path) {
    return new ApiRequest("GET", path, null, null, true, null);
  }

  /** A JSON POST of already serialised bytes. */
  public static ApiRequest postJson(String path, byte[] json, boolean retryable) {
    return new ApiRequest(
        "POST",
        path,
        () -> HttpRequest.BodyPublishers.ofByteArray(json),
        "application/json",
        retryable,
        null);
  }

  /** What the logs and messages show: method and path only (no body, no headers). */
  public String describe() {
    int q = path.indexOf('?');
    return method + " " + (q < 0 ? path : path.substring(0, q));
  }
}
