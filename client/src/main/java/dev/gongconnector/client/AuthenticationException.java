package dev.gongconnector.client;

import java.util.List;

/** 401 from Gong: the access key and secret (or bearer token) were refused. */
public class AuthenticationException extends GongException {

  public AuthenticationException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.AUTHENTICATION, status, requestId, errors, message, cause);
  }
}
