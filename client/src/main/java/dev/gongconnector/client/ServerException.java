package dev.gongconnector.client;

import java.util.List;

/** 5xx from Gong, after the retries were used up. */
public class ServerException extends GongException {

  public ServerException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.SERVER, status, requestId, errors, message, cause);
  }
}
