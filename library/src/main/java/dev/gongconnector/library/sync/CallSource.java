package dev.gongconnector.library.sync;

/**
 * Where a sync reads calls from: pages of calls with their content and transcripts merged. The real
 * one is {@link GongCallSource}; the interface keeps the sync's state machine apart from the wire.
 */
public interface CallSource {

  /**
   * One page of the calls that started in [{@code from}, {@code to}), with their transcripts.
   *
   * @param workspaceId a workspace, or null for all
   * @param cursor null for the first page, else the cursor of the previous page of the same request
   */
  SourcePage page(java.time.Instant from, java.time.Instant to, String workspaceId, String cursor);

  /**
   * The given calls (any number) with their transcripts; calls Gong does not return are left out.
   */
  java.util.List<dev.gongconnector.library.LibraryCall> calls(java.util.List<String> callIds);

  /** Requests sent to Gong so far through this source. */
  long requestsUsed();
}
