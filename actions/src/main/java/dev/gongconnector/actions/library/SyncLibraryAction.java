package dev.gongconnector.actions.library;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.CallLibrary;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.sync.SyncOptions;
import dev.gongconnector.library.sync.SyncResult;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@code sync_library}: brings the local call library up to date, so that {@code
 * search_transcripts} and {@code search_calls} answer locally. Reads Gong only; writes local files.
 * {@code gong sync} is its front end.
 */
public final class SyncLibraryAction extends TypedAction<SyncOptions> {

  public static final String NAME = "sync_library";

  private final GongClient client;
  private final LibraryAccess library;

  /**
   * @param client null for an action that only describes itself and checks parameters
   */
  public SyncLibraryAction(GongClient client, LibraryAccess library) {
    super(
        NAME,
        List.of("sync-library", "update_library"),
        """
        Bring the local call library up to date: mirrors calls (metadata, parties, brief, topics, \
        trackers, key points) and transcripts from Gong into a local index, so that search_transcripts \
        and search_calls answer in milliseconds without using Gong's request budget. The first run reads \
        from from_date (default: 90 days ago); later runs read only what is new or changed (the last sync \
        minus lookback_days). Uses two Gong requests per 100 calls. An interrupted run keeps what it \
        finished; run it again to resume. Returns the calls written, the requests used and the range the \
        library now covers. \
        Next: search_transcripts.""",
        ParamSet.of(
            CommonParams.fromDate("calls"),
            CommonParams.workspaceId(),
            Param.integer(
                    "lookback_days",
                    "Days before the last sync to read again, for calls Gong lists or "
                        + "updates late (default 2).")
                .withRange(0, 60)
                .withDefault(2)
                .withAliases("lookback")),
        false);
    this.client = client;
    this.library = Objects.requireNonNull(library, "library");
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "calls");
  }

  @Override
  protected SyncOptions request(Params p) {
    try {
      return SyncOptions.defaults()
          .withFrom(p.has("from_date") ? p.rangeStart("from_date") : null)
          .withWorkspaceId(p.text("workspace_id").orElse(null))
          .withLookback(Duration.ofDays(p.intValue("lookback_days")));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("from_date", "parameter 'from_date': " + e.getMessage());
    }
  }

  @Override
  protected SyncAnswer answer(SyncOptions options, ProgressListener progress) {
    SyncResult r =
        CallLibrary.sync(
            library.store(),
            Objects.requireNonNull(client, "sync_library needs a Gong client"),
            options,
            s -> progress.progress("syncing calls", s.calls(), s.totalRecords()));
    // A run stopped by Gong (daily budget, network) is reported as that error; what it finished is
    // kept.
    if (!r.completed()) throw r.error();
    try (LibrarySearcher s = LibrarySearcher.open(library.store())) {
      return SyncAnswer.of(r, library.store(), s.callCount());
    }
  }
}
