package dev.gongconnector.client;

import java.util.List;

/** An HTTP status Gong does not document for the endpoint (neither 2xx nor a known error class). */
public class UnexpectedStatusException extends GongException {

  public UnexpectedStatusException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.UNEXPECTED_STATUS, status, requestId, errors, message, cause);
  }
}
