package dev.gongconnector.cli.command;

import dev.gongconnector.actions.Action;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.cli.ExitCodes;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.OutputOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gong schema ACTION}: the JSON Schema of an action's parameters. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of an action's parameters (what MCP clients see).")
public final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ACTION",
      description = "Action name: command, alias or snake_case name.")
  String name;

  @Option(
      names = "--pretty",
      negatable = true,
      description = "Pretty-print (default: on a terminal).")
  Boolean pretty;

  private final CliContext context;
  private final ActionCatalog catalog;

  public SchemaCommand(CliContext context, ActionCatalog catalog) {
    this.context = context;
    this.catalog = catalog;
  }

  @Override
  public Integer call() {
    Action action = catalog.find(name);
    if (action == null) {
      throw new CliUsageException(
          "unknown action '"
              + name
              + "' (known: "
              + String.join(", ", catalog.commandNames())
              + ")");
    }
    new OutputOptions(OutputFormat.json, pretty)
        .printer(spec, context, OutputFormat.json)
        .printJson(action.inputSchema());
    return ExitCodes.OK;
  }
}
