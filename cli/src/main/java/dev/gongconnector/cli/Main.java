package dev.gongconnector.cli;

import dev.gongconnector.cli.command.ActionCatalog;
import dev.gongconnector.cli.command.ActionCommands;
import dev.gongconnector.cli.command.ActionsCommand;
import dev.gongconnector.cli.command.Names;
import dev.gongconnector.cli.command.RegistryCatalog;
import dev.gongconnector.cli.command.SchemaCommand;
import dev.gongconnector.cli.connection.ConfigureCommand;
import dev.gongconnector.cli.demo.DemoCommand;
import dev.gongconnector.cli.library.SearchCommand;
import dev.gongconnector.cli.library.SyncCommand;
import dev.gongconnector.cli.mcp.McpCommand;
import dev.gongconnector.cli.run.RunCommand;
import dev.gongconnector.cli.sim.SimCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code gong} command line ({@code bin/gong}, {@code java -jar cli/target/gong.jar}): builds
 * the command tree (fixed commands plus one generated subcommand per action) and runs it.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = execute(CliContext.system(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given context and streams; returns the exit code (0, 1 or 2).
   */
  public static int execute(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine(context, RegistryCatalog.create(context));
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine.execute(normalize(commandLine, args));
  }

  /** The whole command tree over {@code catalog}. */
  public static CommandLine commandLine(CliContext context, ActionCatalog catalog) {
    CommandLine root = new CommandLine(new GongCommand());
    // The one place where commands are registered: fixed commands, then the actions.
    for (Object command : commands(context, catalog)) root.addSubcommand(command);
    ActionCommands.addAll(root, catalog, context);
    root.setExecutionExceptionHandler(new Errors.ExecutionHandler(context));
    root.setParameterExceptionHandler(new Errors.ParameterHandler());
    root.setCaseInsensitiveEnumValuesAllowed(true);
    root.getHelpSectionMap()
        .put(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
            new CommandList(new java.util.HashSet<>(catalog.commandNames())));
    return root;
  }

  private static List<Object> commands(CliContext context, ActionCatalog catalog) {
    return List.of(
        new HelpCommand(),
        new DemoCommand(context, catalog),
        new ConfigureCommand(context),
        new RunCommand(context, catalog),
        new ActionsCommand(context, catalog),
        new SchemaCommand(context, catalog),
        new SimCommand(), // gong sim: a lasting local Gong (simulator helper)
        new McpCommand(context), // gong mcp: the MCP tool server (actions helper)
        new SyncCommand(context), // gong sync: mirror calls into the local library (library helper)
        new SearchCommand(context)); // gong search: search the local library (library helper)
  }

  /**
   * Accepts an action's snake_case name as the command: {@code gong get_call} is {@code gong
   * get-call}.
   */
  static String[] normalize(CommandLine root, String[] args) {
    String[] copy = args.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i].startsWith("-")) continue;
      if (!root.getSubcommands().containsKey(copy[i])
          && copy[i].contains("_")
          && root.getSubcommands().containsKey(Names.kebab(copy[i]))) {
        copy[i] = Names.kebab(copy[i]);
      }
      break;
    }
    return copy;
  }
}
