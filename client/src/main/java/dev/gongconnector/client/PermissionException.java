package dev.gongconnector.client;

import java.util.List;

/** 403 from Gong: the credentials lack a scope or permission for this endpoint. */
public class PermissionException extends GongException {

  /**
   * An exception for one answer (or failure) of Gong.
   *
   * @param status the HTTP status, or 0 when no answer came
   * @param requestId Gong's requestId of the answer, or null
   * @param errors Gong's error messages (may be empty)
   * @param message the message
   * @param cause the cause, or null
   */
  public PermissionException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.PERMISSION, status, requestId, errors, message, cause);
  }
}
