package dev.gongconnector.client;

import java.util.List;

/**
 * 400 from Gong ("Malformed request"), or a request this client refused to build or send. {@link
 * #field()} names the offending field when known.
 */
public class InvalidRequestException extends GongException {

  private final String field;

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

  /** A client-side validation error (status 0) about {@code field}. */
  public static InvalidRequestException ofField(String field, String problem) {
    return new InvalidRequestException(0, null, List.of(), field, field + ": " + problem, null);
  }

  /** The offending request field (wire name), or null when unknown. */
  public String field() {
    return field;
  }
}
