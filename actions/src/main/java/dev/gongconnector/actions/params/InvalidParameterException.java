package dev.gongconnector.actions.params;

/**
 * Thrown while reading an action's parameters when one is missing, unknown or malformed; turned
 * into an {@code invalid_parameter} envelope naming the parameter before anything is sent to Gong.
 */
public final class InvalidParameterException extends RuntimeException {

  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The canonical name of the parameter at fault, or null when the whole input is at fault. */
  public String parameter() {
    return parameter;
  }
}
