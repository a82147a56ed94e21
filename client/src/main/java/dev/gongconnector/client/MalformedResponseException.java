package dev.gongconnector.client;

import java.util.List;

/** A 2xx answer whose body is not the JSON Gong documents (e.g. truncated). */
public class MalformedResponseException extends GongException {

  public MalformedResponseException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.MALFORMED_RESPONSE, status, requestId, errors, message, cause);
  }
}
