package dev.gongconnector.cli;

/**
 * A mistake the user can fix by changing the command line, the environment or the profile file: the
 * command exits with code 2 and prints the message (never a secret) without a stack trace.
 */
public class CliUsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CliUsageException(String message) {
    super(message);
  }
}
