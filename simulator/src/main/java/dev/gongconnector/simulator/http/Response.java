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

  /**
   * An answer {@code {requestId, <fields>}}, the envelope of every Gong answer; {@code fields}
   * writes the members after the request id.
   */
  public static Response answer(int status, Request r, Json.Body fields) {
    return json(
        status,
        Json.bytes(
            g -> {
              g.writeStartObject();
              g.writeStringField("requestId", r.requestId());
              fields.write(g);
              g.writeEndObject();
            }));
  }

  /** A 200 {@link #answer}. */
  public static Response ok(Request r, Json.Body fields) {
    return answer(200, r, fields);
  }

  public static Response json(int status, byte[] body) {
    return new Response(status, body, body.length, -1);
  }

  /** An answer whose body is the first {@code length} bytes of {@code buffer} (no copy). */
  public static Response json(int status, byte[] buffer, int length) {
    return new Response(status, buffer, length, -1);
  }
}
