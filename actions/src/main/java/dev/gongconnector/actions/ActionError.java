package dev.gongconnector.actions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code error} member of a failed {@link ActionResult}.
 *
 * @param type a stable machine-readable kind (see {@link ErrorType}), serialised as its code
 * @param message what went wrong, for a person or a language model; never contains a secret
 * @param status the HTTP status Gong answered with, or null when no answer came (validation,
 *     network)
 * @param requestId Gong's {@code requestId} of the failed request, or null
 * @param parameter the parameter at fault for validation errors, or null
 * @param retryAfterSeconds for {@code rate_limited}: how long to wait before trying again, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionError(
    ErrorType type,
    String message,
    Integer status,
    String requestId,
    String parameter,
    Long retryAfterSeconds) {

  public ActionError {
    if (type == null) throw new IllegalArgumentException("type is required");
    if (message == null) message = type.code();
  }

  /** An error without a retry hint. */
  public ActionError(
      ErrorType type, String message, Integer status, String requestId, String parameter) {
    this(type, message, status, requestId, parameter, null);
  }

  /** A validation error naming the parameter; nothing was sent to Gong. */
  public static ActionError invalidParameter(String parameter, String message) {
    return new ActionError(ErrorType.INVALID_PARAMETER, message, null, null, parameter, null);
  }
}
