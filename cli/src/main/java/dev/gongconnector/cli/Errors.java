package dev.gongconnector.cli;

import dev.gongconnector.actions.ActionError;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.ErrorType;
import dev.gongconnector.actions.internal.ErrorMapper;
import dev.gongconnector.cli.command.TypedName;
import dev.gongconnector.cli.output.ResultPrinter;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
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
      envelope(
          cmd,
          Arrays.asList(args),
          new ActionError(ErrorType.INVALID_PARAMETER, ex.getMessage(), null, null, null));
      err.println("gong: " + ex.getMessage());
      if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
        String path = TypedName.of(cmd.getCommandSpec(), Arrays.asList(args));
        err.println("Try '" + path + " --help' for more information.");
      }
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /**
   * With JSON output (the default of a command that has {@code -o}), a failure the command could
   * not answer itself still gives the envelope on stdout, so a script always parses one; the
   * message goes to stderr as well.
   */
  static void envelope(CommandLine cmd, List<String> args, ActionError error) {
    if (cmd.getCommandSpec().findOption("--output") == null || !jsonOutput(args)) return;
    PrintWriter out = cmd.getOut();
    out.println(ResultPrinter.JSON.valueToTree(ActionResult.failure(error)).toString());
    out.flush();
  }

  /** Whether {@code args} leave the output format at JSON (no -o, or -o json). */
  static boolean jsonOutput(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = null;
      if ((a.equals("-o") || a.equals("--output")) && i + 1 < args.size()) value = args.get(i + 1);
      else if (a.startsWith("--output=")) value = a.substring("--output=".length());
      else if (a.startsWith("-o") && a.length() > 2)
        value = a.substring(a.startsWith("-o=") ? 3 : 2);
      if (value != null) return value.equalsIgnoreCase("json");
    }
    return true;
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
      List<String> args = parseResult == null ? List.of() : parseResult.originalArgs();
      if (ex instanceof CliUsageException) {
        envelope(
            cmd,
            args,
            new ActionError(ErrorType.INVALID_PARAMETER, ex.getMessage(), null, null, null));
        err.println("gong: " + ex.getMessage());
        err.flush();
        return ExitCodes.USAGE;
      }
      Plain plain = Plain.of(ex);
      if (plain != null) {
        err.println("gong: " + plain.message());
        if (context.debug()) ex.printStackTrace(err);
        err.flush();
        return plain.usage() ? ExitCodes.USAGE : ExitCodes.FAILURE;
      }
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      envelope(
          cmd,
          args,
          ex instanceof RuntimeException && expected(ex)
              ? ErrorMapper.toError((RuntimeException) ex)
              : new ActionError(ErrorType.INTERNAL, message, null, null, null));
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
