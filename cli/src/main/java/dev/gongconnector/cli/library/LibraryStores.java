package dev.gongconnector.cli.library;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.actions.ActionResult;
import dev.gongconnector.cli.connection.ConnectionSettings;
import dev.gongconnector.cli.output.ResultPrinter;
import dev.gongconnector.library.LibraryStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code gong sync} and {@code gong search} share: where a tenant's library is, and the
 * options given as text to their action under the option's name (the action's aliases), so that the
 * action is the one parser and its errors name the option as typed.
 */
final class LibraryStores {

  private final Map<String, String> options = new LinkedHashMap<>();
  private final ObjectNode params = JsonNodeFactory.instance.objectNode();
  private final Action definition;

  LibraryStores(String action) {
    this.definition =
        ActionRegistry.definitions().stream()
            .filter(a -> a.name().equals(action))
            .findFirst()
            .orElseThrow();
  }

  /** Passes {@code value} (when given) as the parameter {@code name}, typed as {@code --option}. */
  LibraryStores put(String option, String name, Object value) {
    if (value == null) return this;
    params.put(name, value.toString());
    options.put(definition.canonicalParameter(name), option);
    return this;
  }

  ObjectNode params() {
    return params;
  }

  /** How the user typed the option of a parameter the action named in an error. */
  String optionName(String parameter) {
    return options.getOrDefault(parameter, "'" + parameter + "'");
  }

  /**
   * Checks the options with the action's parameter set, before anything connects; prints the error
   * and returns its exit code, or null when they are valid.
   */
  Integer refused(ResultPrinter printer) {
    ActionResult checked = definition.check(params);
    return checked.success() ? null : printer.print(checked, this::optionName);
  }

  /**
   * The store of the resolved connection: one per Gong base URL + access key (hashed, never the
   * secret); the embedded Gong's port changes each run, so its store has a fixed name.
   */
  static Path store(Path root, ConnectionSettings settings) {
    if (settings.simulated()) return root.resolve(LibraryStore.SIMULATOR_STORE);
    return LibraryStore.tenantDirectory(
        root, settings.baseUrl(), settings.basicAuth() ? settings.accessKey() : null);
  }
}
