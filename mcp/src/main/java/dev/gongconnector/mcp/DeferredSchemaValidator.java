package dev.gongconnector.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The server's JSON Schema validator, made on first use instead of at start-up.
 *
 * <p>The SDK (2.1.0) makes its default validator when the server is built, and checks every tool's
 * input schema against the JSON Schema meta-schema with it: a third of the work before {@code gong
 * mcp} could answer {@code initialize}. This server never needs it there: tool inputs are checked
 * by the actions ({@code validateToolInputs(false)}), and the tools' schemas, generated from the
 * actions' parameters, are checked against the meta-schema by the module's tests ({@code
 * ToolSchemasTest}). So {@link #validateSchema} accepts the schema, and {@link #validate} (a tool's
 * structured output against its output schema; these tools declare none) uses the SDK's validator,
 * made then.
 */
final class DeferredSchemaValidator implements JsonSchemaValidator {

  private volatile JsonSchemaValidator delegate;

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
    return delegate().validate(schema, structuredContent);
  }

  @Override
  public ValidationResponse validateSchema(Map<String, Object> schema) {
    return ValidationResponse.asValid(null);
  }

  private JsonSchemaValidator delegate() {
    JsonSchemaValidator d = delegate;
    if (d == null) delegate = d = McpJsonDefaults.getSchemaValidator();
    return d;
  }
}
