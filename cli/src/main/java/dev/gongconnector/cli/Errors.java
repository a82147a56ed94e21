package dev.gongconnector.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command line reports errors: one line on stderr, a hint, the right exit code, no stack
 * trace.
 */
final class Errors {

  private Errors() {}

  /** Bad usage: the message, suggestions for a mistyped name, and where to find help; exit 2. */
  static final class ParameterHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("gong: " + ex.getMessage());
      if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
        String path = cmd.getCommandSpec().qualifiedName();
        err.println("Try '" + path + " --help' for more information.");
      }
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /**
   * A failure while running: usage problems exit 2, everything else 1; stack traces only with
   * GONG_DEBUG.
   */
  static final class ExecutionHandler implements IExecutionExceptionHandler {
    private final CliContext context;

    ExecutionHandler(CliContext context) {
      this.context = context;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
      PrintWriter err = cmd.getErr();
      if (ex instanceof CliUsageException) {
        err.println("gong: " + ex.getMessage());
        err.flush();
        return ExitCodes.USAGE;
      }
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      err.println("gong: " + (expected(ex) ? "" : "unexpected error: ") + message);
      if (context.debug()) ex.printStackTrace(err);
      else if (!expected(ex)) err.println("gong: set GONG_DEBUG=1 for the stack trace");
      err.flush();
      return ExitCodes.FAILURE;
    }

    private static boolean expected(Throwable ex) {
      for (Class<?> c = ex.getClass(); c != null; c = c.getSuperclass()) {
        if (c.getName().equals("dev.gongconnector.client.GongException")) return true;
      }
      // Expected conditions with a message written for the user: I/O, and the library's (e.g.
      // another
      // sync holds the store's write lock).
      return ex instanceof java.io.UncheckedIOException
          || ex instanceof dev.gongconnector.library.LibraryException;
    }
  }
}
