package dev.gongconnector.cli.command;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.actions.library.LibraryActions;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.cli.connection.GongConnection;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.LibraryStore;
import java.nio.file.Path;
import java.util.List;

/**
 * The catalog of the actions module's {@link ActionRegistry}, with write actions enabled (running
 * {@code gong add-call} is the user's explicit request; the MCP server keeps them off by default)
 * and the local call library installed ({@code search_calls} answers from it when {@code gong sync}
 * covers the range, and {@code search_transcripts} is offered).
 *
 * <p>Help and option generation read a registry built over an offline client that never sends a
 * request; running a command builds the registry over the live connection.
 */
public final class RegistryCatalog implements ActionCatalog {

  private final CliContext context;

  private RegistryCatalog(CliContext context) {
    this.context = context;
  }

  /** The catalog for a command line running in {@code context} (which locates the library). */
  public static RegistryCatalog create(CliContext context) {
    return new RegistryCatalog(context);
  }

  /** The catalog of the real process's context. */
  public static RegistryCatalog create() {
    return new RegistryCatalog(CliContext.system());
  }

  @Override
  public List<Action> actions() {
    return Described.ACTIONS;
  }

  @Override
  public Action bind(String canonicalName, GongConnection connection) {
    GongClient client = connection.client();
    // An embedded Gong is new for each command: a library synced from another one must not answer
    // for it.
    Path root =
        connection.simulated()
            ? LibraryActions.defaultRootFor(client)
            : LibraryStore.defaultRoot(context::getenv, context.home());
    return registry(client, root)
        .find(canonicalName)
        .orElseThrow(() -> new CliUsageException("unknown action '" + canonicalName + "'"));
  }

  private static ActionRegistry registry(GongClient client, Path libraryRoot) {
    return LibraryActions.install(
            ActionRegistry.builder(client).allowWrites(true), client, libraryRoot)
        .build();
  }

  /** The actions' descriptions, made once per process: they never change. */
  private static final class Described {
    static final List<Action> ACTIONS;

    static {
      GongClient offline =
          GongClient.builder()
              .baseUrl(
                  "http://127.0.0.1:9") // never contacted: this registry only describes the actions
              .credentials("offline", "offline")
              .build();
      ACTIONS = registry(offline, LibraryActions.defaultRootFor(offline)).all();
    }
  }
}
