package dev.gongconnector.client.internal;

import dev.gongconnector.client.ErrorKind;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.RateLimitedException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides whether a failed attempt is retried ({@link #shouldRetry}) and how long to wait first
 * ({@link #delay}): exponential backoff with full jitter; Gong's {@code Retry-After} wins for 429s.
 */
public final class RetryPolicy {

  /**
   * A 429 asking to wait longer than this is taken for a spent daily quota (unconfirmed how Gong
   * signals it).
   */
  public static final Duration DAILY_LIMIT_THRESHOLD = Duration.ofMinutes(10);

  private final int maxAttempts;
  private final Duration maxRetryTime;
  private final Duration baseDelay;
  private final Duration maxDelay;

  public RetryPolicy(int maxAttempts, Duration maxRetryTime) {
    this(maxAttempts, maxRetryTime, Duration.ofMillis(250), Duration.ofSeconds(20));
  }

  public RetryPolicy(
      int maxAttempts, Duration maxRetryTime, Duration baseDelay, Duration maxDelay) {
    this.maxAttempts = maxAttempts;
    this.maxRetryTime = maxRetryTime;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
  }

  /**
   * Whether to try again after {@code failure} on attempt {@code attempt} (1-based); never on an
   * interrupted thread.
   *
   * @param replayable whether the request may be sent again: an idempotent request (GETs, the
   *     read-only POSTs, an add-call made idempotent by {@code clientUniqueId}) whose body can be
   *     re-sent
   */
  public boolean shouldRetry(GongException failure, int attempt, boolean replayable) {
    if (attempt >= maxAttempts || !replayable) {
      return false;
    }
    if (Thread.currentThread().isInterrupted()) {
      // Someone wants this thread to stop (a cancelled batch, a closed sync): never send again. The
      // sleep
      // before a retry would notice too, but not when the jitter or a Retry-After of 0 makes it
      // zero.
      return false;
    }
    ErrorKind k = failure.kind();
    if (k == ErrorKind.RATE_LIMITED) {
      // status 0 = our own daily budget; a long Retry-After = Gong's daily quota: never sleep for
      // hours.
      if (failure.status() == 0) {
        return false;
      }
      RateLimitedException r = (RateLimitedException) failure;
      return !r.isDailyLimit();
    }
    return k == ErrorKind.SERVER || k == ErrorKind.TRANSPORT || k == ErrorKind.MALFORMED_RESPONSE;
  }

  /**
   * The wait before attempt {@code attempt + 1}: {@code Retry-After} for 429s, else full-jitter
   * backoff.
   */
  public Duration delay(GongException failure, int attempt) {
    if (failure instanceof RateLimitedException r && r.retryAfter().isPresent()) {
      return r.retryAfter().get();
    }
    long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
    if (failure.kind() == ErrorKind.RATE_LIMITED) {
      // 429 without Retry-After: wait at least a second so the rate window moves on.
      cap = Math.max(cap, 1000);
      return Duration.ofMillis(1000 + ThreadLocalRandom.current().nextLong(cap + 1));
    }
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap + 1));
  }

  /** The total time one request may spend including retries and waits. */
  public Duration maxRetryTime() {
    return maxRetryTime;
  }

  public int maxAttempts() {
    return maxAttempts;
  }
}
