package dev.gongconnector.actions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The {@code error} member of a failed {@link ActionResult}.
 *
 * @param type a stable machine-readable kind, e.g. {@code invalid_parameter}, {@code not_found},
 *     {@code authentication}, {@code permission}, {@code rate_limited}, {@code server}, {@code transport}
 * @param message what went wrong, for a person or a language model; never contains a secret
 * @param status the HTTP status Gong answered with, or null when no answer came (validation, network)
 * @param requestId Gong's {@code requestId} of the failed request, or null
 * @param parameter the parameter at fault for validation errors, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionError(String type, String message, Integer status, String requestId, String parameter) {

  public ActionError {
    if (type == null || type.isBlank()) throw new IllegalArgumentException("type is required");
    if (message == null) message = type;
  }

  /** A validation error naming the parameter; nothing was sent to Gong. */
  public static ActionError invalidParameter(String parameter, String message) {
    return new ActionError("invalid_parameter", message, null, null, parameter);
  }
}
