package dev.gongconnector.cli.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionError;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.cli.ExitCodes;
import dev.gongconnector.cli.command.ActionCatalog;
import dev.gongconnector.cli.command.ActionRunner;
import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.connection.GongConnection;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.OutputOptions;
import dev.gongconnector.cli.output.ResultPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** A checked request ready to run: the action, its parameters and the lines they came from. */
  record Request(RunBlock block, Action action, ObjectNode params, List<RunBlock.Entry> entries) {

    /** The line that gave {@code parameter} (canonical name), in any spelling it accepts. */
    RunBlock.Entry entry(String parameter) {
      if (parameter == null) return null;
      for (RunBlock.Entry e : entries) {
        if (parameter.equals(action.canonicalParameter(e.key()))) return e;
      }
      return null;
    }
  }

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
        int code =
            printer
                .listing(request.action().listing())
                .print(result, parameter -> where(request, parameter));
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

  /** Larger request files are refused (and /dev/zero or an endless pipe cannot exhaust memory). */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private String read() {
    try {
      byte[] bytes;
      if (file.equals("-")) {
        bytes = context.stdin().readNBytes(MAX_BYTES + 1); // stdin stays open: not ours to close
      } else {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
          bytes = in.readNBytes(MAX_BYTES + 1);
        }
      }
      if (bytes.length > MAX_BYTES) {
        throw new CliUsageException(
            (file.equals("-") ? "stdin" : file)
                + " is larger than "
                + MAX_BYTES / (1024 * 1024)
                + " MB; a request file is expected to be small");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliUsageException("no such file: " + file);
    } catch (IOException e) {
      throw new CliUsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * Resolves every block's action and has the action read its values (as text, like MCP's), before
   * anything runs: a mistake anywhere in the file runs nothing.
   */
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
      ObjectNode raw = JsonNodeFactory.instance.objectNode();
      for (RunBlock.Entry entry : block.entries()) raw.put(entry.key(), entry.value());
      ActionResult checked = action.check(raw);
      Request request = new Request(block, action, raw, block.entries());
      if (!checked.success()) {
        ActionError error = checked.error();
        RunBlock.Entry entry = request.entry(error.parameter());
        throw RunFileParser.error(
            entry == null ? block.actionLine() : entry.line(),
            ResultPrinter.describe(error, parameter -> "'" + spelling(request, parameter) + "'"));
      }
      requests.add(new Request(block, action, (ObjectNode) checked.data(), block.entries()));
    }
    return requests;
  }

  /** How the file spelled {@code parameter}, or its kebab-case name when the file lacks it. */
  private static String spelling(Request request, String parameter) {
    RunBlock.Entry entry = request.entry(parameter);
    return entry == null ? Names.kebab(parameter) : entry.key();
  }

  private static String where(Request request, String parameter) {
    RunBlock.Entry entry = request.entry(parameter);
    if (entry == null)
      return "'" + Names.kebab(parameter) + "' (request of line " + request.block().line() + ")";
    return "'" + entry.key() + "' (line " + entry.line() + ")";
  }
}
