package dev.gongconnector.kafka.prefetch;

import dev.gongconnector.client.AuthenticationException;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.PermissionException;
import dev.gongconnector.client.RateLimitedException;
import dev.gongconnector.kafka.quota.QuotaPause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a task does when a request fails, shared by its read-ahead threads: server errors, dropped
 * connections and timeouts are retried after a backoff (250 ms doubling to 10 s); a short 429 again
 * at once (the gateway already holds the task's slots for its Retry-After); a spent daily quota
 * pauses every request of the task until the reset or the recheck interval, whichever is first.
 * Only refused credentials or scopes, and stopping, end the retries.
 */
final class Retrier {

  private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);
  static final long MAX_BACKOFF_MS = 10_000;
  static final long MAX_SLEEP_MS = 1000;

  private final Clock clock;
  private final Duration pauseRecheck;
  private volatile boolean stopping;
  private volatile Instant pausedUntil = Instant.EPOCH;

  /** From a spent quota until the next request Gong answers (JMX shows it). */
  private volatile boolean quotaPaused;

  Retrier(Clock clock, Duration pauseRecheck) {
    this.clock = clock;
    this.pauseRecheck = pauseRecheck;
  }

  /**
   * Runs {@code request} until it succeeds.
   *
   * @throws InterruptedException when the task stops
   * @throws AuthenticationException or {@link PermissionException}: Gong refused the key
   */
  <T> T run(String what, Supplier<T> request) throws InterruptedException {
    long backoffMs = 0;
    while (true) {
      waitForPause();
      try {
        T result = request.get();
        if (quotaPaused) {
          LOG.info("Gong quota available again; resuming");
          quotaPaused = false;
        }
        return result;
      } catch (QuotaPause p) {
        Instant recheck = clock.instant().plus(pauseRecheck);
        Instant until = p.until().isBefore(recheck) ? p.until() : recheck;
        if (until.isAfter(pausedUntil)) pausedUntil = until;
        quotaPaused = true;
        LOG.warn(
            "Gong quota: {}; pausing until {} (reset expected {})",
            p.getMessage(),
            until,
            p.until());
      } catch (AuthenticationException | PermissionException e) {
        throw e;
      } catch (RateLimitedException e) {
        LOG.warn("Gong answered 429 for {}; waiting {}", what, e.retryAfter().orElse(null));
      } catch (GongException | RetriableException e) {
        checkStopping(); // an interrupted request fails like this too
        backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(250, backoffMs * 2));
        LOG.warn(
            "Gong request failed for {}; retrying in {} ms: {}", what, backoffMs, e.getMessage());
        Thread.sleep(backoffMs);
      }
    }
  }

  private void waitForPause() throws InterruptedException {
    while (true) {
      checkStopping();
      long left = pausedUntil.toEpochMilli() - clock.millis();
      if (left <= 0) return;
      Thread.sleep(Math.min(left, MAX_SLEEP_MS));
    }
  }

  private void checkStopping() throws InterruptedException {
    if (stopping || Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("the task is stopping");
    }
  }

  boolean quotaPaused() {
    return quotaPaused;
  }

  boolean stopping() {
    return stopping;
  }

  void stop() {
    stopping = true;
  }
}
