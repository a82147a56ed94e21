package dev.gongconnector.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.client.ServerException;
import dev.gongconnector.client.TransportException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An interrupted thread stops: no retry is decided for it, whatever failed. (Otherwise a zero
 * jitter, or a {@code Retry-After: 0}, skips the sleep that would notice the interrupt and sends
 * the request again.)
 */
class RetryPolicyInterruptTest {

  private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1));

  @AfterEach
  void clearFlag() {
    Thread.interrupted();
  }

  @Test
  void aRetryableFailureIsRetriedUnlessTheThreadIsInterrupted() {
    TransportException dropped =
        new TransportException("No answer from Gong to GET /v2/users", null);
    ServerException server = new ServerException(503, "r1", List.of("busy"), "busy", null);
    assertThat(policy.shouldRetry(dropped, 1, true)).isTrue();
    assertThat(policy.shouldRetry(server, 1, true)).isTrue();

    Thread.currentThread().interrupt();
    assertThat(policy.shouldRetry(dropped, 1, true)).isFalse();
    assertThat(policy.shouldRetry(server, 1, true)).isFalse();
    assertThat(Thread.currentThread().isInterrupted())
        .as("the flag is left for the caller")
        .isTrue();
  }
}
