package dev.gongconnector.cli;

import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.ErrorType;

/** The exit codes of every command: the conventions of picocli and of most command lines. */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;

  /**
   * Gong answered with an error, or the network failed (the envelope's {@code success} is false).
   */
  public static final int FAILURE = 1;

  /** Bad usage: unknown command or option, malformed value, a parameter the action rejected. */
  public static final int USAGE = 2;

  private ExitCodes() {}

  /**
   * 0 for success, 2 for an {@code invalid_parameter} error (nothing was sent to Gong), 1
   * otherwise.
   */
  public static int of(ActionResult result) {
    if (result.success()) return OK;
    return result.error().type() == ErrorType.INVALID_PARAMETER ? USAGE : FAILURE;
  }
}
