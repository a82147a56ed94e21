package dev.gongconnector.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.cli.ExitCodes;
import dev.gongconnector.cli.command.ActionCatalog;
import dev.gongconnector.cli.command.ActionRunner;
import dev.gongconnector.cli.command.Names;
import dev.gongconnector.cli.command.ParamValues;
import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.connection.GongConnection;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.OutputOptions;
import dev.gongconnector.cli.output.ResultPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gong run FILE|-}: runs requests written in the seed's text command format. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Run requests written in the text command format ('action: add-call' then 'key: value' lines).",
      "",
      "Keys are the options of the action's command without the dashes (call-id, from-date, ...);",
      "values are plain text, or JSON for arrays and objects (a JSON value may span lines). Blank lines",
      "and # comments are ignored; an optional first line like /your-gong-connection is ignored. Several",
      "requests: start each with 'action:' (or separate them with ---). They run in order; the first",
      "failure stops the run (see --keep-going). Example:",
      "",
      "  action: get-call",
      "  call-id: 7782342274025937895"
    })
public final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The request file, or - for stdin.")
  String file;

  @Mixin ConnectionOptions connection;

  @Mixin OutputOptions output = new OutputOptions();

  @Option(
      names = "--dry-run",
      description = "Check the file and print the requests as JSON without running them.")
  boolean dryRun;

  @Option(names = "--keep-going", description = "Run every request even after one failed.")
  boolean keepGoing;

  private final CliContext context;
  private final ActionCatalog catalog;

  public RunCommand(CliContext context, ActionCatalog catalog) {
    this.context = context;
    this.catalog = catalog;
    this.connection = new ConnectionOptions(context);
  }

  /** A parsed request ready to run: the action, its parameters and where each came from. */
  record Request(
      RunBlock block, Action action, ObjectNode params, Map<String, RunBlock.Entry> byParameter) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Request> requests = prepare(RunFileParser.parse(read()));
    ResultPrinter printer = output.printer(spec, context, OutputFormat.json);
    if (dryRun) {
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      for (Request r : requests)
        list.addObject()
            .put("line", r.block().line())
            .put("action", r.action().name())
            .set("params", r.params());
      printer.printJson(list);
      return ExitCodes.OK;
    }
    int exit = ExitCodes.OK;
    try (GongConnection gong = connection.connect(err)) {
      for (Request request : requests) {
        ActionResult result =
            ActionRunner.run(
                catalog.bind(request.action().name(), gong), request.params(), context, err);
        int code = printer.print(result, parameter -> where(request, parameter));
        if (code != ExitCodes.OK && exit == ExitCodes.OK) exit = code;
        if (code != ExitCodes.OK && !keepGoing) {
          if (requests.size() > 1)
            err.println(
                "gong: stopped at the request of line "
                    + request.block().line()
                    + " (use --keep-going to run the rest)");
          break;
        }
      }
    }
    return exit;
  }

  private String read() {
    try {
      if (file.equals("-"))
        return new String(context.stdin().readAllBytes(), StandardCharsets.UTF_8);
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliUsageException("no such file: " + file);
    } catch (IOException e) {
      throw new CliUsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Resolves every block's action and types every value, before anything runs. */
  List<Request> prepare(List<RunBlock> blocks) {
    List<Request> requests = new ArrayList<>();
    for (RunBlock block : blocks) {
      Action action = catalog.find(block.action());
      if (action == null) {
        throw RunFileParser.error(
            block.actionLine(),
            "unknown action '"
                + block.action()
                + "' (known: "
                + String.join(", ", catalog.commandNames())
                + ")");
      }
      JsonNode properties = action.inputSchema().path("properties");
      ObjectNode params = JsonNodeFactory.instance.objectNode();
      Map<String, RunBlock.Entry> byParameter = new HashMap<>();
      for (RunBlock.Entry entry : block.entries()) {
        String name = Names.snake(entry.key());
        JsonNode schema = properties.get(name);
        try {
          // Unknown keys go to the action as they are: it knows its aliases and names the unknown
          // ones.
          params.set(name, ParamValues.parse(entry.value(), schema));
        } catch (IllegalArgumentException e) {
          throw RunFileParser.error(entry.line(), entry.key() + ": " + e.getMessage());
        }
        byParameter.put(name, entry);
      }
      requests.add(new Request(block, action, params, byParameter));
    }
    return requests;
  }

  private static String where(Request request, String parameter) {
    RunBlock.Entry entry = request.byParameter().get(Names.snake(parameter));
    if (entry == null)
      return "'" + Names.kebab(parameter) + "' (request of line " + request.block().line() + ")";
    return "'" + entry.key() + "' (line " + entry.line() + ")";
  }
}
