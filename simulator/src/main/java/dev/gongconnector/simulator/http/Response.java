package dev.gongconnector.simulator.http;

/**
 * A complete answer, buffered so that faults can truncate it and keep-alive clients get a Content-Length.
 *
 * @param status HTTP status
 * @param body JSON bytes
 * @param retryAfterSeconds value of a {@code Retry-After} header, or -1 for none
 */
public record Response(int status, byte[] body, long retryAfterSeconds) {

    public static Response json(int status, byte[] body) {
        return new Response(status, body, -1);
    }
}
