package dev.gongconnector.simulator.http;

/**
 * A complete answer, buffered so that faults can truncate it and keep-alive clients get a
 * Content-Length.
 *
 * @param status HTTP status
 * @param body JSON bytes, in segments (see {@link Bytes} for why never one large array)
 * @param retryAfterSeconds value of a {@code Retry-After} header, or -1 for none
 */
public record Response(int status, Bytes body, long retryAfterSeconds) {

  public Response(int status, byte[] body, long retryAfterSeconds) {
    this(status, Bytes.of(body), retryAfterSeconds);
  }

  /**
   * An answer {@code {requestId, <fields>}}, the envelope of every Gong answer; {@code fields}
   * writes the members after the request id.
   */
  public static Response answer(int status, Request r, Json.Body fields) {
    return json(
        status,
        Json.render(
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

  /** A small body such as an error answer, as one segment. */
  public static Response json(int status, byte[] body) {
    return json(status, Bytes.of(body));
  }

  public static Response json(int status, Bytes body) {
    return new Response(status, body, -1);
  }
}
