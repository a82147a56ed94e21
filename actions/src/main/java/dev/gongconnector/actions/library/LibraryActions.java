package dev.gongconnector.actions.library;

import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.actions.search.GongApiSearchBackend;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.LibraryStore;
import java.net.URI;
import java.nio.file.Path;

/**
 * Plugs the local call library into an {@link ActionRegistry}: {@code search_calls} answers from it
 * when it covers the range, and {@code search_transcripts} and {@code sync_library} are added.
 *
 * <pre>{@code
 * ActionRegistry actions = LibraryActions.install(ActionRegistry.builder(client), client, root).build();
 * }</pre>
 */
public final class LibraryActions {

  private LibraryActions() {}

  /** Installs the library of {@code client}'s account under {@code root} into {@code builder}. */
  public static ActionRegistry.Builder install(
      ActionRegistry.Builder builder, GongClient client, Path root) {
    LibraryAccess library = LibraryAccess.of(client, root);
    return builder
        .searchBackend(new LocalLibrarySearchBackend(library, new GongApiSearchBackend(client)))
        .add(c -> new SearchTranscriptsAction(c, library))
        .add(c -> new SyncLibraryAction(c, library));
  }

  /**
   * What a registry uses by default: the library under the default root for a real Gong account. A
   * Gong on loopback (the simulator, in tests) gets an empty root unless installed explicitly, so
   * that a library someone synced from an earlier simulator never answers for a new one.
   */
  public static Path defaultRootFor(GongClient client) {
    URI base = client.config().baseUrl();
    String host = base.getHost() == null ? "" : base.getHost();
    boolean loopback =
        host.equals("127.0.0.1")
            || host.equals("localhost")
            || host.equals("[::1]")
            || host.equals("::1");
    return loopback
        ? Path.of(System.getProperty("java.io.tmpdir"), "gong-connector-no-library")
        : LibraryStore.defaultRoot();
  }
}
