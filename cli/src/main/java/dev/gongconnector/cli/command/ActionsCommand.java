package dev.gongconnector.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.ExitCodes;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.OutputOptions;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gong actions}: every action with its command name, aliases and what it does. */
@Command(
    name = "actions",
    aliases = "tools",
    mixinStandardHelpOptions = true,
    description = {
      "List the actions (the same tools the MCP server offers) with their command names.",
      "A table unless -o asks for another format. Aliases are the other command names each accepts."
    })
public final class ActionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin OutputOptions output = new OutputOptions();

  @Option(names = "--schemas", description = "Include each action's JSON Schema (JSON output).")
  boolean schemas;

  private final CliContext context;
  private final ActionCatalog catalog;

  private final Set<String> fixedCommands;

  /** {@code fixedCommands}: names of the other commands, which no action alias can take. */
  public ActionsCommand(CliContext context, ActionCatalog catalog, Set<String> fixedCommands) {
    this.context = context;
    this.catalog = catalog;
    this.fixedCommands = fixedCommands;
  }

  @Override
  public Integer call() {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    OutputFormat format = output.format(OutputFormat.table);
    for (Action action : catalog.actions()) {
      ObjectNode item = list.addObject();
      item.put("command", Names.kebab(action.name()));
      item.put("name", action.name());
      ArrayNode aliases = item.putArray("aliases");
      action.aliases().stream()
          .map(Names::kebab)
          .distinct()
          .filter(a -> !a.equals(Names.kebab(action.name())))
          // `gong search` is the library's command, not an alias of search-calls
          .filter(a -> !fixedCommands.contains(a))
          .forEach(aliases::add);
      item.put("writes", action.writes());
      item.put(
          "description",
          format == OutputFormat.json || format == OutputFormat.jsonl
              ? action.description()
              : ActionCommands.summary(ActionCommands.firstSentence(action.description())));
      if (schemas) item.set("inputSchema", action.inputSchema());
    }
    output.printer(spec, context, OutputFormat.table).printData(list);
    return ExitCodes.OK;
  }
}
