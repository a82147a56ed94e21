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

  /** How long Gong asked to wait, or null. */
  private final Duration retryAfter;

  /** Whether the daily limit (not the per-second one) was hit. */
  private final boolean dailyLimit;

  /** When the daily budget resets, or null. */
  private final Instant resetsAt;

  /**
   * An exception for one answer (or failure) of Gong.
   *
   * @param status the HTTP status, or 0 when no answer came
   * @param requestId Gong's requestId of the answer, or null
   * @param errors Gong's error messages (may be empty)
   * @param message the message
   * @param cause the cause, or null
   * @param retryAfter how long Gong asked to wait, or null
   * @param dailyLimit whether the daily limit (not the per-second one) was hit
   * @param resetsAt when the daily budget resets, or null
   */
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
   * {@return how long Gong asked to wait ({@code Retry-After}), or until the client budget resets;
   * empty if unknown}
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * {@return true when this is a daily limit: the client's own daily budget, or a Gong 429 whose
   * {@code Retry-After} is long (how Gong signals a spent daily quota is unconfirmed; we treat a
   * wait over 10 minutes as one)}
   */
  public boolean isDailyLimit() {
    return dailyLimit;
  }

  /** {@return when the limit is expected to lift, if known} */
  public Optional<Instant> resetsAt() {
    return Optional.ofNullable(resetsAt);
  }
}
