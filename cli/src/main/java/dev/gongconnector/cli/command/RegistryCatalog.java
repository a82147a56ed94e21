package dev.gongconnector.cli.command;

import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.cli.CliUsageException;
import dev.gongconnector.cli.connection.GongConnection;
import dev.gongconnector.client.GongClient;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The catalog of the actions module's {@link ActionRegistry}, with write actions enabled: running
 * {@code gong add-call} is the user's explicit request (the MCP server keeps them off by default).
 *
 * <p>Help and option generation read a registry built over an offline client that never sends a request;
 * running a command builds the registry over the live connection.
 */
public final class RegistryCatalog implements ActionCatalog {

  private final UnaryOperator<ActionRegistry.Builder> customizer;
  private final List<Action> actions;

  private RegistryCatalog(UnaryOperator<ActionRegistry.Builder> customizer) {
    this.customizer = customizer;
    GongClient offline = GongClient.builder()
        .baseUrl("http://127.0.0.1:9")       // never contacted: this registry only describes the actions
        .credentials("offline", "offline")
        .build();
    this.actions = registry(offline).all();
  }

  /** The standard registry (made once per process: describing the actions never changes). */
  public static RegistryCatalog create() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final RegistryCatalog INSTANCE = new RegistryCatalog(UnaryOperator.identity());
  }

  /** A registry with extra options, e.g. a local search backend or additional actions. */
  public static RegistryCatalog create(UnaryOperator<ActionRegistry.Builder> customizer) {
    return new RegistryCatalog(customizer);
  }

  private ActionRegistry registry(GongClient client) {
    return customizer.apply(ActionRegistry.builder(client).allowWrites(true)).build();
  }

  @Override
  public List<Action> actions() {
    return actions;
  }

  @Override
  public Action bind(String canonicalName, GongConnection connection) {
    return registry(connection.client()).find(canonicalName)
        .orElseThrow(() -> new CliUsageException("unknown action '" + canonicalName + "'"));
  }
}
