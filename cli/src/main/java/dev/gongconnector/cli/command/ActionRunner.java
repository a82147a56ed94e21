package dev.gongconnector.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.output.ConsoleProgress;
import java.io.PrintWriter;

/** Runs an action the way every command does: progress on stderr when the context allows it. */
public final class ActionRunner {

  private ActionRunner() {}

  /**
   * Runs {@code action} with {@code params}; the envelope, never an exception for a Gong failure.
   */
  public static ActionResult run(
      Action action, ObjectNode params, CliContext context, PrintWriter err) {
    return run(action, params, context.progressEnabled(), err);
  }

  /** Runs {@code action}, drawing progress on {@code err} when {@code progress}. */
  public static ActionResult run(
      Action action, ObjectNode params, boolean progress, PrintWriter err) {
    try (ConsoleProgress listener = ConsoleProgress.create(err, progress)) {
      return action.execute(params, listener);
    }
  }
}
