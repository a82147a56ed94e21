package dev.gongconnector.library;

import dev.gongconnector.client.Credentials;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.index.LibraryIndex;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.sync.GongCallSource;
import dev.gongconnector.library.sync.LibrarySync;
import dev.gongconnector.library.sync.SyncCheckpoint;
import dev.gongconnector.library.sync.SyncOptions;
import dev.gongconnector.library.sync.SyncProgress;
import dev.gongconnector.library.sync.SyncResult;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;

/**
 * Entry points of the local call library: where a tenant's store is, syncing it from Gong,
 * searching it.
 *
 * <pre>{@code
 * Path store = CallLibrary.storeFor(LibraryStore.defaultRoot(), gong);
 * SyncResult r = CallLibrary.sync(store, gong, SyncOptions.defaults(), p -> System.err.println(p));
 * try (LibrarySearcher s = CallLibrary.searcher(store)) {
 *   s.search(SearchRequest.builder("\"security review\"").affiliation("External").build());
 * }
 * }</pre>
 */
public final class CallLibrary {

  private CallLibrary() {}

  /** The store of {@code client}'s tenant and access key under {@code root}. */
  public static Path storeFor(Path root, GongClient client) {
    Credentials c = client.config().credentials();
    // OAuth tokens rotate: a bearer store is per tenant only (the token is never hashed or stored).
    String key = c == null || c.isBearer() ? null : c.accessKey();
    return LibraryStore.tenantDirectory(root, client.config().baseUrl().toString(), key);
  }

  /** Syncs {@code store} from Gong (see {@link LibrarySync}); one sync per store at a time. */
  public static SyncResult sync(
      Path store, GongClient client, SyncOptions options, SyncProgress.Listener listener) {
    return sync(store, null, client, options, listener);
  }

  /**
   * As {@link #sync(Path, GongClient, SyncOptions, SyncProgress.Listener)}, writing through {@code
   * disk} (a Lucene directory over {@code store}, closed here) instead of opening {@code store}
   * itself when not null: how a test gives it a disk that fills up.
   */
  static SyncResult sync(
      Path store,
      Directory disk,
      GongClient client,
      SyncOptions options,
      SyncProgress.Listener listener) {
    LibraryStore.describeTenant(store, client.config().baseUrl().toString());
    // A store of an older format is rebuilt from scratch: what it indexed is no longer right.
    boolean rebuild = SyncCheckpoint.isOutdated(commitData(store));
    try (LibraryIndex index =
        disk == null
            ? LibraryIndex.open(store, rebuild)
            : LibraryIndex.open(disk, store, rebuild)) {
      return new LibrarySync(index, new GongCallSource(client)).run(options, listener);
    } catch (RuntimeException e) {
      // Lucene closes its writer on a failed write ("IndexWriter is closed" later on); what was
      // committed before stays as it was.
      if (dev.gongconnector.library.index.StoreDamage.isDiskFull(e)) {
        throw new LibraryException(
            "the disk holding the library at "
                + store
                + " is full: free some space and run `gong sync` again (the library keeps"
                + " everything up to its last checkpoint)",
            e);
      }
      throw e;
    }
  }

  /**
   * The checkpoint of {@code store}: what it covers; {@link SyncCheckpoint#EMPTY} when nothing was
   * synced there.
   */
  public static SyncCheckpoint checkpoint(Path store) {
    return SyncCheckpoint.fromCommitData(commitData(store));
  }

  /** The user data of the store's last commit; empty when there is none. */
  static java.util.Map<String, String> commitData(Path store) {
    if (!java.nio.file.Files.isDirectory(store)) return java.util.Map.of();
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(store)) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) return java.util.Map.of();
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData();
    } catch (java.io.IOException e) {
      if (dev.gongconnector.library.index.StoreDamage.isDamage(e)) {
        throw dev.gongconnector.library.index.StoreDamage.damaged(store, e);
      }
      throw new LibraryException("cannot read the library at " + store + ": " + e.getMessage(), e);
    }
  }

  /** Opens {@code store} for searching. */
  public static LibrarySearcher searcher(Path store) {
    return LibrarySearcher.open(store);
  }
}
