package dev.gongconnector.client;

import java.util.List;

/**
 * No answer from Gong: connection refused or dropped, request timeout, TLS failure (after retries).
 */
public class TransportException extends GongException {

  /**
   * A failure without an answer from Gong.
   *
   * @param message the message
   * @param cause the cause, or null
   */
  public TransportException(String message, Throwable cause) {
    super(ErrorKind.TRANSPORT, 0, null, List.of(), message, cause);
  }
}
