package dev.gongconnector.client;

import java.time.Duration;
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

  /** What went wrong. */
  private final ErrorKind kind;

  /** The HTTP status, or 0 when no answer came. */
  private final int status;

  /** Gong's requestId of the failing answer, or null. */
  private final String requestId;

  /** Gong's error messages. */
  private final List<String> errors;

  /** How far a multi-page read got, or null. */
  private volatile PagingProgress progress;

  /** How long the client tried before giving up, or null. */
  private volatile String retries;

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

  /**
   * Builds the standard message {@code Gong answered 401 (requestId x): msg1; msg2}.
   *
   * @param status the HTTP status, or 0 when no answer came
   * @param requestId Gong's requestId of the answer, or null
   * @param errors Gong's error messages (may be empty)
   * @return the message
   */
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

  /** {@return what went wrong} */
  public ErrorKind kind() {
    return kind;
  }

  /** {@return the HTTP status, or 0 when no answer came (transport errors, client-side budget)} */
  public int status() {
    return status;
  }

  /**
   * {@return Gong's {@code requestId} of the failing answer (quote it to Gong support), or null}
   */
  public String requestId() {
    return requestId;
  }

  /** {@return Gong's error messages from the answer body (may be empty)} */
  public List<String> errors() {
    return errors;
  }

  /**
   * {@return whether retrying the same request later may succeed (server errors, transport, rate
   * limits)}
   */
  public boolean isTransient() {
    return kind == ErrorKind.SERVER
        || kind == ErrorKind.TRANSPORT
        || kind == ErrorKind.RATE_LIMITED
        || kind == ErrorKind.MALFORMED_RESPONSE;
  }

  /** {@return how far a multi-page read got before this error, when it happened while paging} */
  public Optional<PagingProgress> progress() {
    return Optional.ofNullable(progress);
  }

  /**
   * Records how far a multi-page read got; the first call wins. Called by the paging code before it
   * rethrows, so the caller of a stream sees where to restart.
   *
   * @param progress how far the read got
   * @return this exception
   */
  public GongException withProgress(PagingProgress progress) {
    if (this.progress == null) {
      this.progress = progress;
    }
    return this;
  }

  /**
   * Records how long the client tried before giving up with this error ({@code attempts} sent over
   * {@code elapsed}, within a retry budget of {@code budget}); the first call wins. It is part of
   * the message, so that a person sees that transient failures were retried, and for how long.
   *
   * @param attempts how many requests were sent
   * @param elapsed how long the client tried
   * @param budget the retry budget
   * @return this exception
   */
  public GongException withRetries(int attempts, Duration elapsed, Duration budget) {
    if (retries == null) {
      retries =
          "gave up after "
              + attempts
              + (attempts == 1 ? " attempt" : " attempts")
              + " over "
              + seconds(elapsed)
              + " (retry budget "
              + seconds(budget)
              + ")";
    }
    return this;
  }

  private static String seconds(Duration d) {
    long tenths = d.toMillis() / 100;
    return (tenths / 10) + "." + (tenths % 10) + " s";
  }

  @Override
  public String getMessage() {
    PagingProgress p = progress;
    String r = retries;
    String base = super.getMessage();
    if (r != null) base = base + " [" + r + "]";
    return p == null ? base : base + " [paging stopped " + p.describe() + "]";
  }
}
