package dev.gongconnector.client;

import java.util.List;

/** 404 from Gong for a single resource (unknown call or user id). */
public class NotFoundException extends GongException {

  public NotFoundException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.NOT_FOUND, status, requestId, errors, message, cause);
  }
}
