package dev.gongconnector.client;

import java.util.List;

/** A 2xx answer whose body is not the JSON Gong documents (e.g. truncated). */
public class MalformedResponseException extends GongException {

  /**
   * An exception for one answer (or failure) of Gong.
   *
   * @param status the HTTP status, or 0 when no answer came
   * @param requestId Gong's requestId of the answer, or null
   * @param errors Gong's error messages (may be empty)
   * @param message the message
   * @param cause the cause, or null
   */
  public MalformedResponseException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.MALFORMED_RESPONSE, status, requestId, errors, message, cause);
  }
}
