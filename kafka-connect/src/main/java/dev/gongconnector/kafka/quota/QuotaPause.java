package dev.gongconnector.kafka.quota;

import java.time.Instant;

/**
 * The day's quota is spent (ours or Gong's): the task pauses until {@link #until()}; it does not
 * fail.
 */
public final class QuotaPause extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient Instant until;

  public QuotaPause(Instant until, String message) {
    super(message, null, false, false);
    this.until = until;
  }

  public Instant until() {
    return until;
  }
}
