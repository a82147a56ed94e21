package dev.gongconnector.mcp;

import dev.gongconnector.actions.Action;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator.ValidationResponse;
import java.util.List;

/**
 * Checks, when a server is built, the input schemas of actions from outside the actions module
 * (added by an embedding application, e.g. through {@code McpLauncher.customizeRegistry}).
 *
 * <p>The server skips the SDK's start-up check of every schema ({@link DeferredSchemaValidator}):
 * the built-in actions' schemas are checked by this module's tests. A foreign action has no such
 * test, so its schema is checked here, and an invalid one refuses the server with the action's name
 * instead of confusing an agent later. The SDK's validator is made only when there is one.
 */
final class ForeignSchemas {

  private static final String BUILT_IN_PACKAGE = Action.class.getPackageName() + ".";

  private ForeignSchemas() {}

  static void check(List<Action> actions, ToolAdapter adapter) {
    JsonSchemaValidator validator = null;
    for (Action action : actions) {
      if (builtIn(action)) continue;
      if (validator == null) validator = McpJsonDefaults.getSchemaValidator();
      ValidationResponse r =
          validator.validateSchema(adapter.toSpecification(action).tool().inputSchema());
      if (!r.valid()) {
        throw new IllegalArgumentException(
            "tool " + action.name() + " has an invalid input schema: " + r.errorMessage());
      }
    }
  }

  static boolean builtIn(Action action) {
    String name = action.getClass().getName();
    return name.startsWith(BUILT_IN_PACKAGE);
  }
}
