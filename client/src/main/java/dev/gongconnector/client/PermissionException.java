package dev.gongconnector.client;

import java.util.List;

/** 403 from Gong: the credentials lack a scope or permission for this endpoint. */
public class PermissionException extends GongException {

  public PermissionException(
      int status, String requestId, List<String> errors, String message, Throwable cause) {
    super(ErrorKind.PERMISSION, status, requestId, errors, message, cause);
  }
}
