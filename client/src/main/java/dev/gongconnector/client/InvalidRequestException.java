package dev.gongconnector.client;

import java.util.List;

/**
 * 400 from Gong ("Malformed request"), or a request this client refused to build or send. {@link
 * #field()} names the offending field when known.
 */
public class InvalidRequestException extends GongException {

  /** The request field that was rejected, or null. */
  private final String field;

  /**
   * An exception for one answer (or failure) of Gong.
   *
   * @param status the HTTP status, or 0 when no answer came
   * @param requestId Gong's requestId of the answer, or null
   * @param errors Gong's error messages (may be empty)
   * @param message the message
   * @param cause the cause, or null
   * @param field the request field at fault, or null
   */
  public InvalidRequestException(
      int status,
      String requestId,
      List<String> errors,
      String field,
      String message,
      Throwable cause) {
    super(ErrorKind.INVALID_REQUEST, status, requestId, errors, message, cause);
    this.field = field;
  }

  /**
   * {@return a client-side validation error (status 0) about {@code field}}
   *
   * @param field the request field at fault
   * @param problem what is wrong
   */
  public static InvalidRequestException ofField(String field, String problem) {
    return new InvalidRequestException(0, null, List.of(), field, field + ": " + problem, null);
  }

  /** {@return the offending request field (wire name), or null when unknown} */
  public String field() {
    return field;
  }
}
