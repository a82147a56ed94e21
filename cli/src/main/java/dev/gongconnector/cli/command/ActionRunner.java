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
    try (ConsoleProgress progress = ConsoleProgress.create(err, context.progressEnabled())) {
      return action.execute(params, progress);
    }
  }
}
