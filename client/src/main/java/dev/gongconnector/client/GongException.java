package dev.gongconnector.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Base of every error this client throws: unchecked, with the HTTP status, Gong's {@code requestId}
 * and Gong's error messages.
 *
 * <p>The message reads like {@code Gong answered 401 (requestId 4al018gz): Access denied}. It never
 * contains the access key secret, a bearer token or an {@code Authorization} header. Switch on
 * {@link #kind()} or catch a subclass.
 */
public class GongException extends RuntimeException {

  private final ErrorKind kind;
  private final int status;
  private final String requestId;
  private final List<String> errors;
  private volatile PagingProgress progress;

  /**
   * @param kind what went wrong
   * @param status HTTP status, or 0 when there was no answer
   * @param requestId Gong's requestId from the answer, or null
   * @param errors Gong's error messages (may be empty)
   * @param message the full message
   * @param cause the underlying cause, or null
   */
  public GongException(
      ErrorKind kind,
      int status,
      String requestId,
      List<String> errors,
      String message,
      Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.status = status;
    this.requestId = requestId;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** Builds the standard message {@code Gong answered 401 (requestId x): msg1; msg2}. */
  public static String describe(int status, String requestId, List<String> errors) {
    StringBuilder sb = new StringBuilder("Gong answered ").append(status);
    if (requestId != null && !requestId.isEmpty()) {
      sb.append(" (requestId ").append(requestId).append(')');
    }
    if (errors != null && !errors.isEmpty()) {
      sb.append(": ").append(String.join("; ", errors));
    }
    return sb.toString();
  }

  /** What went wrong. */
  public ErrorKind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when no answer came (transport errors, client-side budget). */
  public int status() {
    return status;
  }

  /** Gong's {@code requestId} of the failing answer (quote it to Gong support), or null. */
  public String requestId() {
    return requestId;
  }

  /** Gong's error messages from the answer body (may be empty). */
  public List<String> errors() {
    return errors;
  }

  /**
   * Whether retrying the same request later may succeed (server errors, transport, rate limits).
   */
  public boolean isTransient() {
    return kind == ErrorKind.SERVER
        || kind == ErrorKind.TRANSPORT
        || kind == ErrorKind.RATE_LIMITED
        || kind == ErrorKind.MALFORMED_RESPONSE;
  }

  /** How far a multi-page read got before this error, when it happened while paging. */
  public Optional<PagingProgress> progress() {
    return Optional.ofNullable(progress);
  }

  /**
   * Records how far a multi-page read got; the first call wins. Called by the paging code before it
   * rethrows, so the caller of a stream sees where to restart.
   */
  public GongException withProgress(PagingProgress progress) {
    if (this.progress == null) {
      this.progress = progress;
    }
    return this;
  }

  @Override
  public String getMessage() {
    PagingProgress p = progress;
    String base = super.getMessage();
    return p == null ? base : base + " [paging stopped " + p.describe() + "]";
  }
}
