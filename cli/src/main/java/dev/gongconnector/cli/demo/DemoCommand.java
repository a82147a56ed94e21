package dev.gongconnector.cli.demo;

import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.ExitCodes;
import dev.gongconnector.cli.command.ActionCatalog;
import dev.gongconnector.cli.connection.ConnectionSettings;
import dev.gongconnector.cli.connection.GongConnection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gong demo}: a tour on an embedded local Gong, printing each command line before its output
 * so that a user can run the same commands against their own Gong. Non-interactive; takes a few
 * seconds.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Tour the command line on an embedded local Gong with simulated data: workspaces, recent calls, "
          + "a keyword search, a transcript with speaker names, and adding a call.",
      "",
      "Each step prints its command line first: after `gong configure` the same commands run against your own Gong."
    })
public final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final CliContext context;
  private final ActionCatalog catalog;

  public DemoCommand(CliContext context, ActionCatalog catalog) {
    this.context = context;
    this.catalog = catalog;
  }

  @Override
  public Integer call() {
    try (GongConnection gong =
        GongConnection.open(
            ConnectionSettings.embedded("gong demo"), context, spec.commandLine().getErr())) {
      DemoScript script =
          new DemoScript(
              spec.commandLine().getOut(), spec.commandLine().getErr(), context, catalog, gong);
      return script.run() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }
}
