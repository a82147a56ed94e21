package dev.gongconnector.cli;

import dev.gongconnector.cli.command.ActionCommands;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command list of {@code gong --help}: general commands, then the actions, one name per command
 * in a narrow first column with the aliases after the description. (Picocli's default puts every
 * alias in the first column, which squeezes every description because the actions have long
 * aliases.)
 */
final class CommandList implements IHelpSectionRenderer {

  private final Supplier<Set<String>> actionCommandNames;

  /** {@code actionCommands} is asked only when the help is rendered: it loads every action. */
  CommandList(Supplier<Set<String>> actionCommands) {
    this.actionCommandNames = actionCommands;
  }

  @Override
  public String render(Help help) {
    Set<String> actionCommands = actionCommandNames.get();
    Map<String, Help> commands = help.subcommands();
    if (commands.isEmpty()) return "";
    int nameWidth = 0;
    for (Help sub : commands.values())
      nameWidth = Math.max(nameWidth, sub.commandSpec().name().length());
    nameWidth = Math.min(nameWidth, 30) + 4;
    int width = help.commandSpec().usageMessage().width();
    TextTable general = table(help, nameWidth, width);
    TextTable actions = table(help, nameWidth, width);
    Set<CommandSpec> seen = new HashSet<>();
    for (Help sub : commands.values()) {
      CommandSpec spec = sub.commandSpec();
      if (!seen.add(spec) || spec.usageMessage().hidden()) continue; // listed once, under its name
      String text = summary(spec);
      if (spec.aliases().length > 0) text += " (also: " + String.join(", ", spec.aliases()) + ")";
      TextTable target = actionCommands.contains(spec.name()) ? actions : general;
      target.addRowValues(
          help.colorScheme().commandText(spec.name()), help.colorScheme().text(text));
    }
    return general
        + String.format(
            "%nActions (the tools the MCP server offers agents; `gong actions` lists them):%n")
        + actions;
  }

  private static TextTable table(Help help, int nameWidth, int width) {
    return TextTable.forColumns(
        help.colorScheme(),
        new Column(nameWidth, 2, Column.Overflow.SPAN),
        new Column(Math.max(20, width - nameWidth), 0, Column.Overflow.WRAP));
  }

  private static String summary(CommandSpec spec) {
    List<String[]> candidates =
        List.of(spec.usageMessage().header(), spec.usageMessage().description());
    for (String[] lines : candidates) {
      if (lines.length > 0 && !lines[0].isBlank()) {
        String text = String.format(lines[0].replace("%n", " "));
        return ActionCommands.summary(ActionCommands.firstSentence(text));
      }
    }
    return "";
  }
}
