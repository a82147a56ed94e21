package dev.gongconnector.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.ExitCodes;
import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.connection.GongConnection;
import dev.gongconnector.cli.internal.FieldSetter;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.OutputOptions;
import dev.gongconnector.cli.output.ResultPrinter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The body of a generated action subcommand ({@code gong get-call ...}): collects the options into
 * the action's parameters, connects, runs the action with progress on stderr and prints the
 * envelope.
 */
final class ActionCommand implements Callable<Integer> {

  private final Action action;
  private final ActionCatalog catalog;
  private final CliContext context;
  private final SchemaOptions options;
  private final ConnectionOptions connection;
  private final OutputOptions output;
  private final DryRunOption dryRun;
  MediaDirOption mediaDir; // only for actions that take media_file
  CommandSpec spec;

  ActionCommand(
      Action action,
      ActionCatalog catalog,
      CliContext context,
      SchemaOptions options,
      ConnectionOptions connection,
      OutputOptions output,
      DryRunOption dryRun) {
    this.action = action;
    this.catalog = catalog;
    this.context = context;
    this.options = options;
    this.connection = connection;
    this.output = output;
    this.dryRun = dryRun;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ObjectNode params = options.values();
    ResultPrinter printer =
        output.printer(spec, context, OutputFormat.json).listing(action.listing());
    // The action reads the options (as text) before anything connects: the same parser as MCP.
    Action checker = mediaDir == null ? action : catalog.checker(action.name(), mediaDir.dirs);
    ActionResult checked = checker.check(params);
    if (!checked.success()) {
      int code = printer.print(checked, options::optionName);
      err.println("Try '" + typedName() + " --help' for more information.");
      return code;
    }
    if (dryRun.enabled) {
      printer.printJson(checked.data());
      return ExitCodes.OK;
    }
    try (GongConnection gong = connection.connect(err)) {
      ActionResult result =
          ActionRunner.run(
              catalog.bind(action.name(), gong, mediaDir == null ? List.of() : mediaDir.dirs),
              params,
              output.progress(context),
              err);
      int code = printer.print(result, options::optionName);
      if (code == ExitCodes.USAGE)
        err.println("Try '" + typedName() + " --help' for more information.");
      return code;
    }
  }

  private String typedName() {
    ParseResult parsed = spec.commandLine().getParseResult();
    return TypedName.of(spec, parsed == null ? List.of() : parsed.originalArgs());
  }

  /** The {@code --media-dir} option of the commands that upload a local file. */
  static final class MediaDirOption {
    @picocli.CommandLine.Option(
        names = "--media-dir",
        paramLabel = "DIR",
        description =
            "A directory --media-file may name files in (symlinks resolved; repeat for more). "
                + "Default: env GONG_MEDIA_DIRS, else the working directory.")
    List<java.nio.file.Path> dirs = new java.util.ArrayList<>();
  }

  /** The {@code --dry-run} option of action commands. */
  static final class DryRunOption {
    boolean enabled;

    /** The option as a mixin spec, built without reflection. */
    CommandSpec mixinSpec() {
      CommandSpec spec = CommandSpec.create();
      spec.addOption(
          picocli.CommandLine.Model.OptionSpec.builder("--dry-run")
              .paramLabel("<enabled>")
              .type(boolean.class)
              .initialValue(enabled)
              .setter(FieldSetter.of(v -> enabled = (Boolean) v))
              .description(
                  "Print the parameters that would be sent to the action as JSON, and stop.")
              .build());
      return spec;
    }
  }
}
