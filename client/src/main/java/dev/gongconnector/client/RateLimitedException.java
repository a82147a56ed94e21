package dev.gongconnector.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The request rate or daily quota is exhausted: either Gong answered 429 with a {@code Retry-After}
 * longer than the client may wait, or the client's own daily budget is spent (status 0).
 *
 * <p>The client never sleeps for hours: when Gong's {@code Retry-After} is longer than the
 * remaining retry time (typically a spent daily quota) it throws this, with {@link #retryAfter()}
 * saying how long to wait.
 */
public class RateLimitedException extends GongException {

  private final Duration retryAfter;
  private final boolean dailyLimit;
  private final Instant resetsAt;

  public RateLimitedException(
      int status,
      String requestId,
      List<String> errors,
      Duration retryAfter,
      boolean dailyLimit,
      Instant resetsAt,
      String message,
      Throwable cause) {
    super(ErrorKind.RATE_LIMITED, status, requestId, errors, message, cause);
    this.retryAfter = retryAfter;
    this.dailyLimit = dailyLimit;
    this.resetsAt = resetsAt;
  }

  /**
   * How long Gong asked to wait ({@code Retry-After}), or until the client budget resets; empty if
   * unknown.
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * True when this is a daily limit: the client's own daily budget, or a Gong 429 whose {@code
   * Retry-After} is long (how Gong signals a spent daily quota is unconfirmed; we treat a wait over
   * 10 minutes as one).
   */
  public boolean isDailyLimit() {
    return dailyLimit;
  }

  /** When the limit is expected to lift, if known. */
  public Optional<Instant> resetsAt() {
    return Optional.ofNullable(resetsAt);
  }
}
