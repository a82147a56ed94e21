package dev.gongconnector.cli.library;

import dev.gongconnector.actions.ActionError;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.ErrorType;
import dev.gongconnector.actions.library.LibraryJson;
import dev.gongconnector.actions.library.LibraryRoot;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.ExitCodes;
import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.connection.ConnectionSettings;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.OutputOptions;
import dev.gongconnector.cli.output.ResultPrinter;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.library.search.SearchResult;
import dev.gongconnector.library.sync.SyncCheckpoint;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gong search}: full-text search of the local library built by {@code gong sync}. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the transcripts, titles, briefs, topics, trackers and key points of the calls mirrored by "
          + "`gong sync`: ranked by relevance (BM25), with the matching sentences, who said them and when.",
      "",
      "QUERY: words (all must match; --any for any), \"quoted phrases\", AND / OR / NOT, -word, prefix*.",
      "Matched terms are marked **like this**. Sends no request to Gong (credentials only pick the store).",
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
      description = "Calls that started on or after this date.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description =
          "Calls that started before this date-time " + "(a plain date includes that whole day).")
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
      defaultValue = "10",
      description = "Calls to return, 1-1000 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--sentences",
      paramLabel = "N",
      defaultValue = "3",
      description = "Matching sentences shown per call, 0-20 (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(
      names = "--any",
      description = "Match calls with any of the words instead of all of them.")
  boolean any;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description =
          "relevance, newest or oldest " + "(default: relevance; newest for an empty query).")
  SearchRequest.Sort sort;

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

  @Override
  public Integer call() {
    SearchRequest request;
    try {
      request =
          SearchRequest.builder(query)
              .from(LibraryStores.start(spec, "--from", from))
              .to(LibraryStores.end(spec, "--to", to))
              .workspaceId(workspace)
              .primaryUserId(primaryUser)
              .affiliation(affiliation)
              .speaker(speaker)
              .limit(limit)
              .sentencesPerCall(sentences)
              .match(any ? SearchRequest.Match.ANY : SearchRequest.Match.ALL)
              .sort(sort)
              .build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
    ResultPrinter printer = output.printer(spec, context, OutputFormat.json);
    ConnectionSettings settings = connection.resolve();
    // An embedded Gong keeps no library between commands: without --store there is none to read.
    try (LibraryRoot root =
            LibraryRoot.resolve(store, settings.simulated(), context::getenv, context.home());
        LibrarySearcher searcher =
            LibrarySearcher.open(LibraryStores.store(root.path(), settings))) {
      Path dir = LibraryStores.store(root.path(), settings);
      SearchResult result = searcher.search(request);
      SyncCheckpoint cp = SyncCheckpoint.fromCommitData(searcher.commitData());
      return printer.print(ActionResult.ok(LibraryJson.search(result, dir, cp)), n -> n);
    } catch (LibraryException e) {
      boolean badQuery = e.getMessage().startsWith("query:");
      printer.print(
          ActionResult.failure(
              new ActionError(
                  badQuery ? ErrorType.INVALID_PARAMETER : ErrorType.IO_ERROR,
                  e.getMessage(),
                  null,
                  null,
                  badQuery ? "query" : null)),
          n -> n);
      return badQuery ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }
  }
}
