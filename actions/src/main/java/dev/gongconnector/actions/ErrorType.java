package dev.gongconnector.actions;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The machine-readable kind of an {@link ActionError}; serialised as its snake_case code. */
public enum ErrorType {
  /** Input refused before anything was sent; the error names the parameter. */
  INVALID_PARAMETER,
  UNKNOWN_ACTION,
  WRITES_DISABLED,
  /** Gong answered 400. */
  INVALID_REQUEST,
  AUTHENTICATION,
  PERMISSION,
  NOT_FOUND,
  CONFLICT,
  RATE_LIMITED,
  SERVER_ERROR,
  /** No answer: refused, dropped, timed out. */
  TRANSPORT,
  /** A 2xx whose body is not Gong's JSON. */
  MALFORMED_RESPONSE,
  UNEXPECTED_STATUS,
  /** A local file or the local library could not be read or written. */
  IO_ERROR,
  /** A bug. */
  INTERNAL;

  /** The code in the envelope: {@code invalid_parameter}. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return code();
  }
}
