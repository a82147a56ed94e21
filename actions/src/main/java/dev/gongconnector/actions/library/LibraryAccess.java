package dev.gongconnector.actions.library;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.CallLibrary;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.sync.SyncCheckpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The local library of one Gong account as the actions see it: whether it covers a range, and a
 * searcher kept open across searches (refreshed when a sync commits).
 *
 * <p>A range "up to now" counts as covered when the last sync ended less than {@link #staleness}
 * ago (default 15 minutes): calls of those last minutes may be missing, which the answer's {@code
 * library.syncedThrough} shows.
 */
public final class LibraryAccess implements AutoCloseable {

  /** How old the last sync may be for a range ending now to be answered locally. */
  public static final Duration DEFAULT_STALENESS = Duration.ofMinutes(15);

  private final Path store;
  private final Duration staleness;
  private LibrarySearcher searcher;

  public LibraryAccess(Path store, Duration staleness) {
    this.store = Objects.requireNonNull(store, "store");
    this.staleness = staleness == null ? DEFAULT_STALENESS : staleness;
  }

  /** The library of {@code client}'s account under {@code root}. */
  public static LibraryAccess of(GongClient client, Path root) {
    return new LibraryAccess(CallLibrary.storeFor(root, client), DEFAULT_STALENESS);
  }

  public Path store() {
    return store;
  }

  /** What the store covers now ({@link SyncCheckpoint#EMPTY} when nothing was synced). */
  public SyncCheckpoint checkpoint() {
    return CallLibrary.checkpoint(store);
  }

  /**
   * Null when the library can answer for [from, to) in {@code workspaceId}; else why not, for the
   * answer.
   */
  public String whyNotLocal(Instant from, Instant to, String workspaceId) {
    SyncCheckpoint cp = checkpoint();
    if (cp.syncedThrough() == null) {
      return "no synced library for this Gong account (run `gong sync` to search locally)";
    }
    if (cp.covers(from, to, workspaceId, staleness)) return null;
    String scope = cp.workspaceId() == null ? "" : " of workspace " + cp.workspaceId();
    return "the library covers calls"
        + scope
        + " from "
        + cp.coveredFrom()
        + " to "
        + cp.syncedThrough()
        + ", not the whole requested range";
  }

  /** The searcher, opened on first use and refreshed to the latest sync. */
  public synchronized LibrarySearcher searcher() {
    if (searcher == null) searcher = LibrarySearcher.open(store);
    else searcher.refresh();
    return searcher;
  }

  @Override
  public synchronized void close() {
    if (searcher != null) searcher.close();
    searcher = null;
  }
}
