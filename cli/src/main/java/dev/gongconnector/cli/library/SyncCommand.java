package dev.gongconnector.cli.library;

import dev.gongconnector.actions.ActionError;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.actions.internal.ErrorMapper;
import dev.gongconnector.actions.library.LibraryJson;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.connection.ConnectionOptions;
import dev.gongconnector.cli.connection.GongConnection;
import dev.gongconnector.cli.output.OutputFormat;
import dev.gongconnector.cli.output.OutputOptions;
import dev.gongconnector.cli.output.ResultPrinter;
import dev.gongconnector.library.CallLibrary;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.sync.SyncOptions;
import dev.gongconnector.library.sync.SyncProgress;
import dev.gongconnector.library.sync.SyncResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gong sync}: mirrors calls and transcripts into the local library, incrementally. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Mirror your calls (metadata, parties, brief, topics, trackers, key points) and transcripts into a local "
          + "library for `gong search`.",
      "",
      "The first run reads from --from (default: 90 days ago); later runs read only what is new or changed "
          + "(the last synced time minus --lookback). An interrupted run (killed, network lost, daily budget "
          + "spent) keeps every page it finished: run it again to resume.",
      "Progress and the requests used go to stderr; the summary to stdout."
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
      paramLabel = "DURATION",
      defaultValue = "P2D",
      description =
          "How far before the last synced time to re-read, for calls Gong lists or updates late "
              + "(ISO-8601, default: ${DEFAULT-VALUE}).")
  Duration lookback;

  private final CliContext context;

  public SyncCommand(CliContext context) {
    this.context = context;
    this.connection = new ConnectionOptions(context);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Instant start = LibraryStores.start(spec, "--from", from);
    SyncOptions options =
        SyncOptions.defaults().withFrom(start).withWorkspaceId(workspace).withLookback(lookback);
    ResultPrinter printer = output.printer(spec, context, OutputFormat.json);
    try (GongConnection gong = connection.connect()) {
      Path dir = LibraryStores.store(gong.libraryRoot(store), gong.settings());
      boolean live = output.progress(context);
      err.println("gong sync: library " + dir);
      // A terminal gets one line rewritten in place; a log gets a line every 10 pages.
      SyncProgress.Listener progress =
          p -> {
            if (!live && p.pages() % 10 != 0) return;
            err.print(
                (live ? "\r" : "")
                    + "gong sync: "
                    + p.calls()
                    + (p.totalRecords() >= 0 ? "/" + p.totalRecords() : "")
                    + " calls, "
                    + p.pages()
                    + " pages, "
                    + p.requestsUsed()
                    + " requests, checkpoint "
                    + p.checkpoint()
                    + (live ? "   " : "\n"));
            err.flush();
          };
      SyncResult r = CallLibrary.sync(dir, gong.client(), options, progress);
      if (live) err.println();
      int inStore;
      try (LibrarySearcher s = LibrarySearcher.open(dir)) {
        inStore = s.callCount();
      } catch (RuntimeException e) {
        inStore = 0; // nothing was ever committed (stopped before the first page)
      }
      err.println(
          "gong sync: "
              + r.calls()
              + " calls written, "
              + inStore
              + " in the library; requests used "
              + r.requestsUsed()
              + " (minimum "
              + r.minimumRequests()
              + "); Gong requests today by this client "
              + gong.client().requestsToday());
      if (r.completed())
        return printer.print(ActionResult.ok(LibraryJson.sync(r, dir, inStore)), n -> n);
      ActionError cause = ErrorMapper.toError(r.error());
      err.println("gong sync: stopped: " + r.stopReason());
      return printer.print(
          ActionResult.failure(
              new ActionError(
                  cause.type(),
                  r.stopReason(),
                  cause.status(),
                  cause.requestId(),
                  null,
                  cause.retryAfterSeconds())),
          n -> n);
    }
  }
}
