package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.ActionRegistry;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator.ValidationResponse;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every tool's input schema is a valid JSON Schema by the SDK's own validator: the check the SDK
 * makes when a server is built, which the server defers ({@link DeferredSchemaValidator}) so it
 * answers {@code initialize} sooner.
 */
class ToolSchemasTest {

  private final JsonSchemaValidator sdk = McpJsonDefaults.getSchemaValidator();

  @Test
  void everyToolSchemaConformsToTheMetaSchema() {
    ToolAdapter adapter = new ToolAdapter(new ObjectMapper());
    assertThat(ActionRegistry.definitions()).hasSizeGreaterThan(30);
    for (Action action : ActionRegistry.definitions()) {
      Tool tool = adapter.toSpecification(action).tool();
      ValidationResponse r = sdk.validateSchema(tool.inputSchema());
      assertThat(r.valid()).as(action.name() + ": " + r.errorMessage()).isTrue();
    }
  }

  @Test
  void theSdkValidatorRejectsAnInvalidSchema() {
    // Shows the check above checks something.
    assertThat(sdk.validateSchema(Map.of("type", 5)).valid()).isFalse();
  }

  @Test
  void theDeferredValidatorStillValidatesContent() {
    JsonSchemaValidator deferred = new DeferredSchemaValidator();
    Map<String, Object> schema =
        Map.of("type", "object", "properties", Map.of("n", Map.of("type", "integer")));
    assertThat(deferred.validate(schema, Map.of("n", 1)).valid()).isTrue();
    assertThat(deferred.validate(schema, Map.of("n", "x")).valid()).isFalse();
  }
}
