package dev.gongconnector.cli;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.cli.command.ActionCatalog;
import dev.gongconnector.cli.command.ActionCommands;
import dev.gongconnector.cli.command.ActionsCommand;
import dev.gongconnector.cli.command.RegistryCatalog;
import dev.gongconnector.cli.command.SchemaCommand;
import dev.gongconnector.cli.connection.ConfigureCommand;
import dev.gongconnector.cli.demo.DemoCommand;
import dev.gongconnector.cli.internal.ProcessExit;
import dev.gongconnector.cli.internal.Warmup;
import dev.gongconnector.cli.library.SearchCommand;
import dev.gongconnector.cli.library.SyncCommand;
import dev.gongconnector.cli.mcp.McpCommand;
import dev.gongconnector.cli.run.RunCommand;
import dev.gongconnector.cli.sim.SimCommand;
import dev.gongconnector.client.internal.ClientLog;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code gong} command line ({@code bin/gong}, {@code java -jar cli/target/gong.jar}): builds
 * the command tree (fixed commands plus one generated subcommand per action) and runs it.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    quietClientLogging();
    if (needsJson(args)) { // Jackson (and the HTTP client) readied on a second thread
      String command = firstWord(args);
      Warmup.start("mcp".equals(command), command != null && !NO_REQUESTS.contains(command));
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = execute(CliContext.system(), out, err, args);
    out.flush();
    err.flush();
    ProcessExit.exit(code); // lets the HTTP client's selector thread end first (see there)
  }

  /**
   * Whether the command will read or write JSON: not for the version, help or usage texts, which
   * print fixed text.
   */
  static boolean needsJson(String[] args) {
    if (args.length == 0 || versionOnly(args)) return false;
    for (String arg : args) if (arg.equals("-h") || arg.equals("--help")) return false;
    for (String arg : args) if (!arg.startsWith("-")) return !arg.equals("help"); // the command
    return true;
  }

  /** The fixed commands that send no request to Gong (they need no HTTP client ready). */
  private static final Set<String> NO_REQUESTS =
      Set.of("help", "demo", "configure", "actions", "schema", "sim", "search");

  /** The command's name: the first word that is not an option (null: none). */
  private static String firstWord(String[] args) {
    for (String arg : args) if (!arg.startsWith("-")) return arg;
    return null;
  }

  /**
   * The client logs only at DEBUG and TRACE, which java.util.logging shows only when configured:
   * unless it is, the client need not start it on every request.
   */
  private static void quietClientLogging() {
    if (System.getProperty("java.util.logging.config.file") == null
        && System.getProperty("java.util.logging.config.class") == null
        && System.getProperty(ClientLog.OFF_PROPERTY) == null) {
      System.setProperty(ClientLog.OFF_PROPERTY, "off");
    }
  }

  /**
   * Runs the command line with the given context and streams; returns the exit code (0, 1 or 2).
   */
  public static int execute(CliContext context, PrintWriter out, PrintWriter err, String... args) {
    if (versionOnly(args)) {
      // Answered before picocli: building even the root command's model costs more than the rest.
      for (String line : VersionProvider.lines()) out.println(line);
      out.flush();
      return ExitCodes.OK;
    }
    CommandLine commandLine = commandLineFor(context, RegistryCatalog.create(context), args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine.execute(normalize(commandLine, args));
  }

  /**
   * The part of the command tree that {@code args} needs: the root alone for {@code --version}, the
   * root and one command when the first word names one, else the whole tree (help, an unknown
   * command, suggestions). Building every action's options costs more than most commands' work.
   */
  static CommandLine commandLineFor(CliContext context, ActionCatalog catalog, String[] args) {
    String first = null;
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        first = arg;
        break;
      }
    }
    if (first == null) {
      return versionOnly(args) ? configure(root(catalog), context) : commandLine(context, catalog);
    }
    Map<String, Supplier<Object>> fixed = commands(context, catalog);
    if (fixed.containsKey(first) && !first.equals("help")) {
      CommandLine root = root(catalog);
      root.addSubcommand(fixed.get(first).get());
      return configure(root, context);
    }
    Action action = fixed.containsKey(first) ? null : catalog.find(first);
    if (action == null) return commandLine(context, catalog);
    CommandLine root = root(catalog);
    ActionCommands.add(root, action, catalog, context, fixed.keySet());
    return configure(root, context);
  }

  /** Whether {@code args} ask for the version alone ({@code -V}, {@code --version}). */
  private static boolean versionOnly(String[] args) {
    boolean versionOnly = args.length > 0;
    for (String arg : args) versionOnly &= arg.equals("-V") || arg.equals("--version");
    return versionOnly;
  }

  /** The whole command tree over {@code catalog}. */
  public static CommandLine commandLine(CliContext context, ActionCatalog catalog) {
    CommandLine root = root(catalog);
    // The one place where commands are registered: fixed commands, then the actions.
    for (Supplier<Object> command : commands(context, catalog).values()) {
      root.addSubcommand(command.get());
    }
    ActionCommands.addAll(root, catalog, context);
    return configure(root, context);
  }

  /** Settings for the whole tree: picocli applies them to the subcommands present at the time. */
  private static CommandLine configure(CommandLine root, CliContext context) {
    root.setExecutionExceptionHandler(new Errors.ExecutionHandler(context));
    root.setParameterExceptionHandler(new Errors.ParameterHandler());
    root.setCaseInsensitiveEnumValuesAllowed(true);
    return root;
  }

  private static CommandLine root(ActionCatalog catalog) {
    CommandLine root = new CommandLine(GongCommand.spec());
    root.getHelpSectionMap()
        .put(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
            new CommandList(() -> new HashSet<>(catalog.commandNames())));
    return root;
  }

  /** The fixed commands by name, each made only when needed. */
  private static Map<String, Supplier<Object>> commands(CliContext context, ActionCatalog catalog) {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    // A lambda, not HelpCommand::new: picocli is Java 5 bytecode, which the start-up archive holds
    // only if nothing links it while the archive is written, and a constructor reference did.
    commands.put("help", () -> new HelpCommand());
    commands.put("demo", () -> new DemoCommand(context, catalog));
    commands.put("configure", () -> new ConfigureCommand(context));
    commands.put("run", () -> new RunCommand(context, catalog));
    commands.put("actions", () -> new ActionsCommand(context, catalog, commands.keySet()));
    commands.put("schema", () -> new SchemaCommand(context, catalog));
    commands.put("sim", SimCommand::new); // a lasting local Gong (simulator helper)
    commands.put("mcp", () -> McpCommand.spec(context)); // the MCP tool server (actions helper)
    // mirror calls into the local library, and search it (library helpers)
    commands.put("sync", () -> new SyncCommand(context));
    commands.put("search", () -> SearchCommand.command(context));
    return commands;
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
