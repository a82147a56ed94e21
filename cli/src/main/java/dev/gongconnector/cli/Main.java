package dev.gongconnector.cli;

import dev.gongconnector.cli.command.ActionCatalog;
import dev.gongconnector.cli.command.ActionCommands;
import dev.gongconnector.cli.command.ActionsCommand;
import dev.gongconnector.cli.command.Names;
import dev.gongconnector.cli.command.RegistryCatalog;
import dev.gongconnector.cli.command.SchemaCommand;
import dev.gongconnector.cli.connection.ConfigureCommand;
import dev.gongconnector.cli.demo.DemoCommand;
import dev.gongconnector.cli.run.RunCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code gong} command line ({@code bin/gong}, {@code java -jar cli/target/gong.jar}): builds the
 * command tree (fixed commands plus one generated subcommand per action) and runs it.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = execute(CliContext.system(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given context and streams; returns the exit code (0, 1 or 2). */
  public static int execute(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine(context, RegistryCatalog.create());
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
    return root;
  }

  /**
   * Commands other modules contribute, by class name: each is registered when its class is on the class
   * path (its branch is merged), made with a {@code (CliContext)} constructor when it has one.
   */
  static final List<String> MODULE_COMMANDS = List.of(
      "dev.gongconnector.cli.sim.SimCommand",            // gong sim: a lasting local Gong (simulator module)
      "dev.gongconnector.cli.mcp.McpCommand",            // gong mcp: the MCP tool server (mcp module)
      "dev.gongconnector.cli.library.SyncCommand",       // gong sync: the local call library (library module)
      "dev.gongconnector.cli.library.SearchCommand");    // gong search: search the local library

  private static List<Object> commands(CliContext context, ActionCatalog catalog) {
    List<Object> commands = new ArrayList<>(List.of(
        new HelpCommand(),
        new DemoCommand(context, catalog),
        new ConfigureCommand(context),
        new RunCommand(context, catalog),
        new ActionsCommand(context, catalog),
        new SchemaCommand(context, catalog)));
    for (String name : MODULE_COMMANDS) {
      Object command = moduleCommand(name, context);
      if (command != null) commands.add(command);
    }
    return commands;
  }

  private static Object moduleCommand(String className, CliContext context) {
    Class<?> type;
    try {
      type = Class.forName(className);
    } catch (ClassNotFoundException e) {
      return null; // that module's command is not part of this build
    }
    try {
      try {
        return type.getConstructor(CliContext.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return type.getConstructor().newInstance();
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create the command " + className + ": " + e, e);
    }
  }

  /** Accepts an action's snake_case name as the command: {@code gong get_call} is {@code gong get-call}. */
  static String[] normalize(CommandLine root, String[] args) {
    String[] copy = args.clone();
    for (int i = 0; i < copy.length; i++) {
      if (copy[i].startsWith("-")) continue;
      if (!root.getSubcommands().containsKey(copy[i]) && copy[i].contains("_")
          && root.getSubcommands().containsKey(Names.kebab(copy[i]))) {
        copy[i] = Names.kebab(copy[i]);
      }
      break;
    }
    return copy;
  }
}
