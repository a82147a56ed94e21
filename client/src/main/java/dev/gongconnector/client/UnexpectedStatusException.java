package dev.gongconnector.client;

import java.util.List;

/** An HTTP status Gong does not document for the endpoint (neither 2xx nor a known error class). */
public class UnexpectedStatusException extends GongException {

  /**
   * An exception for one answer (or failure) of Gong.
   *
   * @param status the HTTP status, or 0 when no answer came
   * @param requestId Gong's requestId of the answer, or null
   * @param errors Gong's error messages (may be empty)
   * @param message the message
   * @param cause the cause, or null
   */
  public UnexpectedStatusException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.UNEXPECTED_STATUS, status, requestId, errors, message, cause);
  }
}
