package dev.gongconnector.actions.params;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes a list of {@link Param}s as a flat JSON Schema object, the form MCP tools and the CLI
 * read.
 */
final class SchemaWriter {

  private SchemaWriter() {}

  static ObjectNode write(List<Param> params) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode schema = f.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = f.arrayNode();
    for (Param p : params) {
      properties.set(p.name(), property(p));
      if (p.required()) required.add(p.name());
    }
    if (!required.isEmpty()) schema.set("required", required);
    // Aliases and other spellings are accepted too, but a schema-driven client only needs the
    // canonical keys.
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode property(Param p) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode prop = f.objectNode();
    switch (p.type()) {
      case STRING:
        prop.put("type", "string");
        break;
      case INTEGER:
        prop.put("type", "integer");
        break;
      case NUMBER:
        prop.put("type", "number");
        break;
      case BOOLEAN:
        prop.put("type", "boolean");
        break;
      case STRING_ARRAY:
        prop.put("type", "array");
        ObjectNode items = prop.putObject("items").put("type", "string");
        if (p.pattern() != null) items.put("pattern", "^" + p.pattern() + "$");
        break;
      case OBJECT_ARRAY:
        prop.put("type", "array");
        prop.set(
            "items",
            p.itemSchema() != null
                ? p.itemSchema().deepCopy()
                : f.objectNode().put("type", "object"));
        break;
      case OBJECT:
        if (p.itemSchema() != null) {
          prop.setAll(p.itemSchema().deepCopy());
        } else {
          prop.put("type", "object");
        }
        break;
      case FLAGS:
        prop.put("type", "object");
        ObjectNode flags = prop.putObject("properties");
        for (String flag : p.flagNames()) flags.putObject(flag).put("type", "boolean");
        prop.put("additionalProperties", false);
        break;
      default:
        throw new IllegalStateException(p.type().name());
    }
    String description = p.description();
    if (!p.aliases().isEmpty())
      description += " (also accepted as: " + String.join(", ", p.aliases()) + ")";
    prop.put("description", description);
    if (!p.enumValues().isEmpty()) prop.set("enum", ParamSet.texts(p.enumValues()));
    if (p.format() != null) prop.put("format", p.format());
    if (p.pattern() != null && p.type() == ParamType.STRING)
      prop.put("pattern", "^" + p.pattern() + "$");
    if (p.maxLength() != null) prop.put("maxLength", p.maxLength());
    if (p.minimum() != null) prop.put("minimum", p.minimum().longValue());
    if (p.maximum() != null) prop.put("maximum", p.maximum().longValue());
    if (p.type() == ParamType.OBJECT_ARRAY && p.required()) prop.put("minItems", 1);
    if (p.defaultValue() != null) prop.set("default", p.defaultValue());
    return prop;
  }
}
