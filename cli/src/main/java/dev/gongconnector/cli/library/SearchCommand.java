package dev.gongconnector.cli.library;

import dev.gongconnector.actions.library.LibraryAccess;
import dev.gongconnector.actions.library.LibraryRoot;
import dev.gongconnector.actions.library.SearchTranscriptsAction;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.command.ActionRunner;
import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.connection.ConnectionSettings;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.OutputOptions;
import dev.gongconnector.cli.output.ResultPrinter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gong search}: the {@code search_transcripts} action on the local library ({@code source:
 * library}) with friendly options.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the transcripts, titles, briefs, topics, trackers and key points of the calls mirrored by "
          + "`gong sync`: ranked by relevance (BM25), with the matching sentences, who said them and when.",
      "",
      "QUERY: words (all must match; --any for any), \"quoted phrases\", AND / OR / NOT, -word, prefix*.",
      "Matched terms are marked **like this**. Sends no request to Gong (credentials only pick the store).",
      "The same as `gong search-transcripts --source library`.",
      "Example: gong search '\"security review\" pricing' --affiliation External --from 2025-01-01"
    })
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Mixin OutputOptions output = new OutputOptions();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "What to look for; empty lists the calls that pass the filters, newest first.")
  String query = "";

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Calls that started on or after this date (default: the whole library).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Calls that started before this date-time (a plain date includes that day).")
  String to;

  @Option(names = "--workspace", paramLabel = "ID", description = "Only calls of this workspace.")
  String workspace;

  @Option(
      names = "--primary-user",
      paramLabel = "USER_ID",
      description = "Only calls hosted by this user.")
  String primaryUser;

  @Option(
      names = "--affiliation",
      paramLabel = "Internal|External",
      description = "Only what Internal (your company) or External speakers said.")
  String affiliation;

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description = "Only what speakers with this name said, e.g. \"Jane\".")
  String speaker;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Calls to return, 1-" + SearchTranscriptsAction.MAX_LIMIT + " (default: 10).")
  String limit;

  @Option(
      names = "--sentences",
      paramLabel = "N",
      description = "Matching sentences shown per call, 0-20 (default: 3).")
  String sentences;

  @Option(
      names = "--any",
      description = "Match calls with any of the words instead of all of them.")
  boolean any;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance, newest or oldest (default: relevance; newest for an empty query).")
  String sort;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Library root, as given to `gong sync --store`.")
  Path store;

  private final CliContext context;

  public SearchCommand(CliContext context) {
    this.context = context;
    this.connection = new ConnectionOptions(context);
  }

  /**
   * The command as {@code gong} offers it: without {@code --retry-budget}, which the connection
   * options bring but which has nothing to do here (nothing is sent to Gong, nothing is retried).
   */
  public static CommandLine command(CliContext context) {
    CommandLine line = new CommandLine(new SearchCommand(context));
    CommandSpec spec = line.getCommandSpec();
    spec.remove(spec.findOption("--retry-budget"));
    return line;
  }

  @Override
  public Integer call() {
    ResultPrinter printer = output.printer(spec, context, OutputFormat.json);
    LibraryStores options =
        new LibraryStores(SearchTranscriptsAction.NAME)
            .put("QUERY", "query", query)
            .put("--from", "from", from)
            .put("--to", "to", to)
            .put("--workspace", "workspace", workspace)
            .put("--primary-user", "primary_user", primaryUser)
            .put("--affiliation", "affiliation", affiliation)
            .put("--speaker", "speaker", speaker)
            .put("--limit", "limit", limit)
            .put("--sentences", "sentences", sentences)
            .put("--any", "match", any ? "any" : null)
            .put("--sort", "sort", sort)
            .put("--source", "source", "library");
    Integer refused = options.refused(printer);
    if (refused != null) return refused;
    ConnectionSettings settings = connection.resolve();
    // An embedded Gong keeps no library between commands: without --store there is none to read.
    try (LibraryRoot root =
        LibraryRoot.resolve(store, settings.simulated(), context::getenv, context.home())) {
      LibraryAccess library = new LibraryAccess(LibraryStores.store(root.path(), settings), null);
      try (library) {
        var action = new SearchTranscriptsAction(null, library); // no client: library only
        var err = spec.commandLine().getErr();
        return printer
            .listing(action.listing())
            .print(
                ActionRunner.run(action, options.params(), output.progress(context), err),
                options::optionName);
      }
    }
  }
}
