package dev.gongconnector.simulator.http;

/**
 * A complete answer, buffered so that faults can truncate it and keep-alive clients get a
 * Content-Length.
 *
 * @param status HTTP status
 * @param body JSON bytes (the first {@code length} of them)
 * @param length number of bytes of {@code body} to send
 * @param retryAfterSeconds value of a {@code Retry-After} header, or -1 for none
 */
public record Response(int status, byte[] body, int length, long retryAfterSeconds) {

  public Response(int status, byte[] body, long retryAfterSeconds) {
    this(status, body, body.length, retryAfterSeconds);
  }

  public static Response json(int status, byte[] body) {
    return new Response(status, body, body.length, -1);
  }

  /** An answer whose body is the first {@code length} bytes of {@code buffer} (no copy). */
  public static Response json(int status, byte[] buffer, int length) {
    return new Response(status, buffer, length, -1);
  }
}
