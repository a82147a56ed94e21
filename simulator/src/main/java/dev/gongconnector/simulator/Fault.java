package dev.gongconnector.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A scripted misbehaviour the simulator applies to the next matching request(s).
 *
 * <p>Faults are queued with {@code sim.faults().enqueue(..)} and consumed in order: each incoming
 * request takes the first queued fault whose path matches, and that fault's remaining count drops
 * by one. A fault applies before authentication, rate limiting and routing, like a misbehaving
 * proxy or an overloaded server would, and the request still counts in {@link
 * GongSimulator#requestCount()}.
 *
 * <ul>
 *   <li>{@link #status(int)}: answer that status with Gong's error body {@code
 *       {"requestId","errors"}}.
 *   <li>{@link #rateLimited(int)}: 429 with {@code Retry-After: n} and Gong's error body.
 *   <li>{@link #drop()}: close the socket without any HTTP answer (the client sees an IOException).
 *   <li>{@link #dropMidBody()}: send the real status and headers, half of the body, then close the
 *       socket.
 *   <li>{@link #stall(Duration)}: wait that long, then answer normally.
 *   <li>{@link #stallMidBody(Duration)}: send the real status and headers and half the body, wait
 *       that long, then send the rest.
 *   <li>{@link #malformedJson()}: answer 200 with the real body truncated (invalid JSON, correct
 *       length).
 * </ul>
 *
 * <p>Instances are immutable: {@link #onPath(String)} and {@link #times(int)} return modified
 * copies.
 */
public final class Fault {

  /** What the fault does. */
  public enum Kind {
    STATUS,
    RATE_LIMITED,
    DROP,
    DROP_MID_BODY,
    STALL,
    STALL_MID_BODY,
    MALFORMED_JSON
  }

  private final Kind kind;
  private final int status;
  private final int retryAfterSeconds;
  private final Duration stall;
  private final String path;
  private final String method;
  private final int times;

  private Fault(
      Kind kind, int status, int retryAfterSeconds, Duration stall, String path, int times) {
    this(kind, status, retryAfterSeconds, stall, path, null, times);
  }

  private Fault(
      Kind kind,
      int status,
      int retryAfterSeconds,
      Duration stall,
      String path,
      String method,
      int times) {
    this.kind = kind;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.stall = stall;
    this.path = path;
    this.method = method;
    this.times = times;
  }

  /** Answers {@code status} (400..599) with Gong's error body. */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400..599, was " + status);
    }
    return new Fault(Kind.STATUS, status, 0, Duration.ZERO, null, 1);
  }

  /** Answers 429 with {@code Retry-After: retryAfterSeconds} (an integer, as Gong sends). */
  public static Fault rateLimited(int retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must be >= 0");
    }
    return new Fault(Kind.RATE_LIMITED, 429, retryAfterSeconds, Duration.ZERO, null, 1);
  }

  /**
   * Closes the connection without writing any HTTP answer. Note: {@code java.net.http.HttpClient}
   * silently retries an idempotent request (GET) once when its connection closes, so use {@code
   * times(2)} to make a GET fail; a POST is not retried by the client.
   */
  public static Fault drop() {
    return new Fault(Kind.DROP, 0, 0, Duration.ZERO, null, 1);
  }

  /**
   * Sends the real status line and headers (with the full Content-Length), half the body, then
   * closes.
   */
  public static Fault dropMidBody() {
    return new Fault(Kind.DROP_MID_BODY, 0, 0, Duration.ZERO, null, 1);
  }

  /** Delays the answer by {@code delay}, then serves the request normally. */
  public static Fault stall(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    return new Fault(Kind.STALL, 0, 0, delay, null, 1);
  }

  /**
   * Sends the real status line and headers (with the full Content-Length) and half the body, waits
   * {@code delay} (a server or proxy that hangs mid-answer), then sends the rest.
   */
  public static Fault stallMidBody(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    return new Fault(Kind.STALL_MID_BODY, 0, 0, delay, null, 1);
  }

  /**
   * Serves the request, but sends the first half of its JSON body only (status 200, valid
   * Content-Length).
   */
  public static Fault malformedJson() {
    return new Fault(Kind.MALFORMED_JSON, 200, 0, Duration.ZERO, null, 1);
  }

  /**
   * Restricts the fault to requests for {@code path} (raw path without query, e.g. {@code
   * /v2/calls/transcript}). A path ending in {@code *} matches as a prefix ({@code /v2/calls/*}).
   * Any method, unless {@link #onMethod(String)} narrows it.
   */
  public Fault onPath(String path) {
    Objects.requireNonNull(path, "path");
    return new Fault(kind, status, retryAfterSeconds, stall, path, method, times);
  }

  /**
   * Restricts the fault to one HTTP method, e.g. {@code
   * Fault.status(500).onPath("/v2/calls").onMethod("POST")}.
   */
  public Fault onMethod(String method) {
    Objects.requireNonNull(method, "method");
    return new Fault(
        kind,
        status,
        retryAfterSeconds,
        stall,
        path,
        method.toUpperCase(java.util.Locale.ROOT),
        times);
  }

  /** Applies the fault to the next {@code n} matching requests instead of one. */
  public Fault times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be >= 1, was " + n);
    }
    return new Fault(kind, status, retryAfterSeconds, stall, path, method, n);
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public Duration stallDuration() {
    return stall;
  }

  /** The path filter, or null for every path. */
  public String path() {
    return path;
  }

  /** The method filter, or null for every method. */
  public String method() {
    return method;
  }

  public int times() {
    return times;
  }

  /** Whether this fault applies to a request {@code requestMethod requestPath}. */
  public boolean matches(String requestMethod, String requestPath) {
    if (method != null && !method.equals(requestMethod)) {
      return false;
    }
    if (path == null) {
      return true;
    }
    if (path.endsWith("*")) {
      return requestPath.startsWith(path.substring(0, path.length() - 1));
    }
    return path.equals(requestPath);
  }

  @Override
  public String toString() {
    return "Fault["
        + kind
        + (status > 0 ? " " + status : "")
        + (kind == Kind.STALL || kind == Kind.STALL_MID_BODY ? " " + stall : "")
        + (kind == Kind.RATE_LIMITED ? " retryAfter=" + retryAfterSeconds : "")
        + (method != null ? " " + method : "")
        + (path != null ? " on " + path : "")
        + " x"
        + times
        + "]";
  }
}
