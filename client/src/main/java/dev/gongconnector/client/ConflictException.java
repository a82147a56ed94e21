package dev.gongconnector.client;

import java.util.List;

/** 409 from Gong, e.g. recording is not enabled for the primary user. */
public class ConflictException extends GongException {

  public ConflictException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.CONFLICT, status, requestId, errors, message, cause);
  }
}
