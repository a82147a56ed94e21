package dev.gongconnector.cli.command;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.cli.connection.GongConnection;
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
    return ActionRegistry.definitions();
  }

  @Override
  public Action bind(String canonicalName, GongConnection connection) {
    // The connection owns the library root: a fresh one for an embedded Gong, removed on close.
    return ActionRegistry.builder(connection.client())
        .allowWrites(true)
        .library(connection.libraryRoot(null))
        .build()
        .find(canonicalName)
        .orElseThrow(() -> new CliUsageException("unknown action '" + canonicalName + "'"));
  }
}
