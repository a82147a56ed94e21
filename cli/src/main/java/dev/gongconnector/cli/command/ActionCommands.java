package dev.gongconnector.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.internal.StandardHelp;
import dev.gongconnector.cli.output.OutputOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Generates one picocli subcommand per action of the catalog with picocli's programmatic API: named
 * by the action's canonical name in kebab-case, with its aliases, its options from the JSON Schema,
 * and the shared connection and output options.
 */
public final class ActionCommands {

  private ActionCommands() {}

  /** Adds a subcommand for every action of {@code catalog} to {@code root}. */
  public static void addAll(CommandLine root, ActionCatalog catalog, CliContext context) {
    Set<String> taken = new HashSet<>(root.getSubcommands().keySet());
    for (Action action : catalog.actions()) {
      CommandSpec spec = spec(action, catalog, context, taken);
      root.addSubcommand(spec.name(), new CommandLine(spec), spec.aliases());
    }
  }

  /**
   * Adds the subcommand of one action to {@code root}, beside the fixed commands {@code taken}
   * (which keep their names), without building the others.
   */
  public static void add(
      CommandLine root,
      Action action,
      ActionCatalog catalog,
      CliContext context,
      Set<String> taken) {
    CommandSpec spec = spec(action, catalog, context, new HashSet<>(taken));
    root.addSubcommand(spec.name(), new CommandLine(spec), spec.aliases());
  }

  /** The subcommand spec of one action; {@code taken} holds the command names already used. */
  static CommandSpec spec(
      Action action, ActionCatalog catalog, CliContext context, Set<String> taken) {
    ConnectionOptions connection = new ConnectionOptions(context);
    OutputOptions output = new OutputOptions();
    ActionCommand.DryRunOption dryRun = new ActionCommand.DryRunOption();
    // Built programmatically: reading the annotations costs more than the rest of the command.
    CommandSpec connectionSpec = connection.mixinSpec();
    CommandSpec outputSpec = output.mixinSpec();
    CommandSpec dryRunSpec = dryRun.mixinSpec();

    Set<String> reserved =
        new HashSet<>(List.of("--help", "--version", "--dry-run", "--media-dir"));
    for (CommandSpec mixin : List.of(connectionSpec, outputSpec)) {
      for (OptionSpec o : mixin.options()) reserved.addAll(List.of(o.names()));
    }
    ObjectNode schema = action.inputSchema(); // made anew on every call: once here
    SchemaOptions options = SchemaOptions.of(schema, reserved, parameterAliases(action));
    ActionCommand command =
        new ActionCommand(action, catalog, context, options, connection, output, dryRun);

    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    command.spec = spec;
    String name = Names.kebab(action.name());
    // A fixed command keeps its name (the library's `search`); a clashing action gets a suffix,
    // never a crash.
    if (taken.contains(name)) name = name + "-action";
    spec.name(name);
    spec.aliases(aliases(action, name, taken).toArray(new String[0]));
    taken.add(name);
    taken.addAll(List.of(spec.aliases()));
    StandardHelp.addTo(spec); // -h, -V without picocli's reflection
    spec.usageMessage()
        .description(description(action))
        .sortOptions(false)
        .autoWidth(true)
        .abbreviateSynopsis(true)
        .footerHeading("%nExit codes:%n")
        .footer(
            "  0  success",
            "  1  Gong or the network failed (the envelope says success=false)",
            "  2  bad usage: unknown option, malformed value, a parameter the action rejected");
    for (OptionSpec option : options.specs()) spec.addOption(option);
    if (schema.path("properties").has("media_file")) {
      ActionCommand.MediaDirOption mediaDir = new ActionCommand.MediaDirOption();
      command.mediaDir = mediaDir;
      spec.addMixin("mediaDir", CommandSpec.forAnnotatedObject(mediaDir));
    }
    spec.addMixin("dryRun", dryRunSpec);
    spec.addMixin("output", outputSpec);
    spec.addMixin("connection", connectionSpec);
    return spec;
  }

  /** The other names each parameter accepts, when the action publishes them. */
  static Map<String, List<String>> parameterAliases(Action action) {
    Map<String, List<String>> aliases = new HashMap<>();
    if (action instanceof TypedAction<?> typed) {
      for (Param p : typed.paramSet().params()) aliases.put(p.name(), p.aliases());
    }
    return aliases;
  }

  private static List<String> aliases(Action action, String name, Set<String> taken) {
    Set<String> aliases = new LinkedHashSet<>();
    for (String alias : action.aliases()) {
      String kebab = Names.kebab(alias);
      if (!kebab.equals(name) && !taken.contains(kebab)) aliases.add(kebab);
    }
    return new ArrayList<>(aliases);
  }

  /**
   * The whole description, one line per paragraph; `gong --help` shows a short form of its first
   * sentence ({@link #summary}), so the command's own help says each sentence once.
   */
  static String[] description(Action action) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : action.description().trim().split("\n\\s*\n")) {
      if (!lines.isEmpty()) lines.add("");
      lines.add(SchemaOptions.escape(paragraph.replaceAll("\\s*\n\\s*", " ").trim()));
    }
    return lines.toArray(new String[0]);
  }

  /**
   * A short form of a first sentence for command lists: cut before a colon or parenthesis when
   * long.
   */
  public static String summary(String sentence) {
    if (sentence.length() <= 72) return sentence;
    int cut = -1;
    for (String mark : new String[] {": ", " (", "; ", ", "}) {
      int at = sentence.indexOf(mark);
      if (at > 20 && (cut < 0 || at < cut)) cut = at;
    }
    if (cut > 0 && cut <= 90) return sentence.substring(0, cut).trim() + ".";
    int space = sentence.lastIndexOf(' ', 72);
    return sentence.substring(0, space > 20 ? space : 72) + "...";
  }

  /** The text up to the first ". " or line break. */
  public static String firstSentence(String text) {
    int end = text.length();
    int newline = text.indexOf('\n');
    if (newline >= 0) end = newline;
    int period = text.indexOf(". ");
    if (period >= 0 && period + 1 < end) end = period + 1;
    return text.substring(0, end).trim();
  }
}
