package dev.gongconnector.client;

import java.util.List;

/** 5xx from Gong, after the retries were used up. */
public class ServerException extends GongException {

  /**
   * An exception for one answer (or failure) of Gong.
   *
   * @param status the HTTP status, or 0 when no answer came
   * @param requestId Gong's requestId of the answer, or null
   * @param errors Gong's error messages (may be empty)
   * @param message the message
   * @param cause the cause, or null
   */
  public ServerException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.SERVER, status, requestId, errors, message, cause);
  }
}
