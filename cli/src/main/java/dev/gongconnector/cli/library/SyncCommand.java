package dev.gongconnector.cli.library;

import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.ErrorType;
import dev.gongconnector.actions.library.LibraryAccess;
import dev.gongconnector.actions.library.SyncLibraryAction;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.command.ActionRunner;
import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.connection.GongConnection;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.OutputOptions;
import dev.gongconnector.cli.output.ResultPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gong sync}: the {@code sync_library} action with friendly options, progress and a summary
 * on stderr.
 */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Mirror your calls (metadata, parties, brief, topics, trackers, key points) and transcripts into a local "
          + "library for `gong search`.",
      "",
      "The first run reads from --from (default: 90 days ago); later runs read only what is new or changed "
          + "(the last synced time minus --lookback days). An interrupted run (killed, network lost, daily "
          + "budget spent) keeps every page it finished: run it again to resume.",
      "Progress and the requests used go to stderr; the summary to stdout. The same as `gong sync-library`."
    })
public final class SyncCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Mixin OutputOptions output = new OutputOptions();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description =
          "Mirror calls that started on or after this date (2025-01-31 or ISO-8601 with offset).")
  String from;

  @Option(
      names = "--workspace",
      paramLabel = "ID",
      description = "Mirror one workspace (a store mirrors one scope).")
  String workspace;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "Library root (default: $XDG_DATA_HOME/gong-connector/library); one store per Gong account inside.")
  Path store;

  @Option(
      names = "--lookback",
      paramLabel = "DAYS",
      description =
          "Days before the last synced time to read again, for calls Gong lists or updates late "
              + "(0-60, default: 2).")
  String lookback;

  private final CliContext context;

  public SyncCommand(CliContext context) {
    this.context = context;
    this.connection = new ConnectionOptions(context);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ResultPrinter printer = output.printer(spec, context, OutputFormat.json);
    LibraryStores options =
        new LibraryStores(SyncLibraryAction.NAME)
            .put("--from", "from", from)
            .put("--workspace", "workspace", workspace)
            .put("--lookback", "lookback", lookback);
    Integer refused = options.refused(printer);
    if (refused != null) return refused;
    try (GongConnection gong = connection.connect()) {
      Path dir = LibraryStores.store(gong.libraryRoot(store), gong.settings());
      err.println("gong sync: library " + dir);
      ActionResult result =
          ActionRunner.run(
              new SyncLibraryAction(gong.client(), new LibraryAccess(dir, null)),
              options.params(),
              output.progress(context),
              err);
      if (result.success()) {
        var data = result.data();
        err.println(
            "gong sync: "
                + data.path("callsWritten").asLong()
                + " calls written, "
                + data.path("callsInStore").asLong()
                + " in the library; requests used "
                + data.path("requestsUsed").asLong()
                + " (minimum "
                + data.path("minimumRequests").asLong()
                + "); Gong requests today by this client "
                + gong.client().requestsToday());
      } else if (result.error().type() != ErrorType.IO_ERROR) {
        // Gong or the network stopped it; a local problem (damaged store, full disk) says its own.
        err.println(
            "gong sync: stopped; what was finished is kept: run `gong sync` again to resume");
      }
      return printer.print(result, options::optionName);
    }
  }
}
