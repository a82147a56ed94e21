package dev.gongconnector.simulator.http;

import java.util.List;

/**
 * A request the simulator refuses; becomes Gong's error body {@code {"requestId","errors"}} with
 * {@link #status()}.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> errors;
  private final long retryAfterSeconds;

  public ApiException(int status, String error) {
    this(status, List.of(error), -1);
  }

  public ApiException(int status, List<String> errors, long retryAfterSeconds) {
    super(status + " " + errors, null, false, false);
    this.status = status;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiException badRequest(String error) {
    return new ApiException(400, error);
  }

  public static ApiException notFound(String error) {
    return new ApiException(404, error);
  }

  public int status() {
    return status;
  }

  public List<String> errors() {
    return errors;
  }

  /** Seconds for a {@code Retry-After} header, or -1 for none. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
