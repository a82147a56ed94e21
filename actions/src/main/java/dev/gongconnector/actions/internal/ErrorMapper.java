package dev.gongconnector.actions.internal;

import dev.gongconnector.actions.ActionError;
import dev.gongconnector.actions.ErrorType;
import dev.gongconnector.actions.calls.MediaUploadFailedException;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.RateLimitedException;
import dev.gongconnector.library.LibraryException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Maps exceptions raised while running an action to the envelope's error: the client's {@link
 * GongException} keeps its status, Gong {@code requestId} and message (which never carry a secret);
 * a request the client refused to send names our parameter, not Gong's wire field.
 */
public final class ErrorMapper {

  /** Gong wire fields whose action parameter has another name. */
  private static final Map<String, String> PARAMETER_OF_FIELD =
      Map.ofEntries(
          Map.entry("parties", "participants"),
          Map.entry("title", "call_title"),
          Map.entry("from_date_time", "from_date"),
          Map.entry("to_date_time", "to_date"),
          Map.entry("created_from_date_time", "from_date"),
          Map.entry("created_to_date_time", "to_date"),
          Map.entry("exposed_fields", "content"),
          Map.entry("sdr_disposition", "disposition"));

  private ErrorMapper() {}

  /** The error for {@code e}. */
  public static ActionError toError(RuntimeException e) {
    if (e instanceof GongException) return fromGong((GongException) e);
    if (e instanceof MediaUploadFailedException) {
      ActionError cause = fromGong(((MediaUploadFailedException) e).gongCause());
      return new ActionError(
          cause.type(),
          e.getMessage(),
          cause.status(),
          cause.requestId(),
          "media_file",
          cause.retryAfterSeconds());
    }
    if (e instanceof LibraryException) {
      // The library's messages are written for people: no library yet, damaged, disk full.
      return new ActionError(ErrorType.IO_ERROR, e.getMessage(), null, null, null);
    }
    if (e instanceof UncheckedIOException) {
      return new ActionError(
          ErrorType.IO_ERROR, "local I/O failed: " + e.getCause().getMessage(), null, null, null);
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ActionError(ErrorType.INTERNAL, message, null, null, null);
  }

  private static ActionError fromGong(GongException e) {
    Integer status = e.status() == 0 ? null : e.status();
    String message = e.getMessage();
    switch (e.kind()) {
      case INVALID_REQUEST:
        {
          String field =
              e instanceof InvalidRequestException ? ((InvalidRequestException) e).field() : null;
          if (status == null) {
            // Refused by the client before sending: it is a parameter problem.
            return new ActionError(
                ErrorType.INVALID_PARAMETER, message, null, null, parameterOf(field));
          }
          return new ActionError(
              ErrorType.INVALID_REQUEST, message, status, e.requestId(), parameterOf(field));
        }
      case AUTHENTICATION:
        return new ActionError(ErrorType.AUTHENTICATION, message, status, e.requestId(), null);
      case PERMISSION:
        return new ActionError(ErrorType.PERMISSION, message, status, e.requestId(), null);
      case NOT_FOUND:
        return new ActionError(ErrorType.NOT_FOUND, message, status, e.requestId(), null);
      case CONFLICT:
        return new ActionError(ErrorType.CONFLICT, message, status, e.requestId(), null);
      case RATE_LIMITED:
        {
          Long wait =
              e instanceof RateLimitedException
                  ? ((RateLimitedException) e)
                      .retryAfter()
                      .map(d -> Math.max(1, d.toSeconds()))
                      .orElse(null)
                  : null;
          return new ActionError(
              ErrorType.RATE_LIMITED, message, status, e.requestId(), null, wait);
        }
      case SERVER:
        return new ActionError(ErrorType.SERVER_ERROR, message, status, e.requestId(), null);
      case TRANSPORT:
        return new ActionError(ErrorType.TRANSPORT, message, null, null, null);
      case MALFORMED_RESPONSE:
        return new ActionError(ErrorType.MALFORMED_RESPONSE, message, status, e.requestId(), null);
      default:
        return new ActionError(ErrorType.UNEXPECTED_STATUS, message, status, e.requestId(), null);
    }
  }

  /**
   * Our parameter name for a client field path such as {@code filter.fromDateTime}, {@code
   * parties[].mediaChannelId} or {@code contentSelector.contextTiming}.
   */
  static String parameterOf(String field) {
    if (field == null || field.isBlank()) return null;
    String path = field;
    for (String prefix :
        new String[] {"filter.", "contentSelector.exposedFields.", "contentSelector."}) {
      if (path.startsWith(prefix)) path = path.substring(prefix.length());
    }
    int cut = path.length();
    for (char c : new char[] {'.', '['}) {
      int i = path.indexOf(c);
      if (i >= 0) cut = Math.min(cut, i);
    }
    String name = Names.canonical(path.substring(0, cut));
    return PARAMETER_OF_FIELD.getOrDefault(name, name);
  }
}
