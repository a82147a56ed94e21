package dev.gongconnector.client.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON answer against a schema of Gong's OpenAPI export: {@code $ref}, types (integer vs
 * number, int32/int64 ranges), {@code enum}, {@code required}, {@code date-time} strings, and no
 * field the schema lacks (unless it declares {@code additionalProperties}). A hand-written walk
 * over Jackson trees: the export uses only this subset (no allOf/oneOf/anyOf, no nullable), so a
 * JSON Schema library would add a dependency for nothing.
 *
 * <p>{@code null} is a violation by default (the export never marks a field nullable); {@link
 * #allowingNulls()} accepts it for older endpoints where Gong is known to send explicit nulls.
 */
public final class SchemaValidator {

  private final OpenApiSpec spec;
  private final boolean allowNulls;

  private SchemaValidator(OpenApiSpec spec, boolean allowNulls) {
    this.spec = spec;
    this.allowNulls = allowNulls;
  }

  public static SchemaValidator strict(OpenApiSpec spec) {
    return new SchemaValidator(spec, false);
  }

  public SchemaValidator allowingNulls() {
    return new SchemaValidator(spec, true);
  }

  /** Every violation, each as {@code path: problem}; empty when the value conforms. */
  public List<String> validate(JsonNode value, JsonNode schema) {
    List<String> out = new ArrayList<>();
    walk("$", value, schema, out);
    return out;
  }

  private void walk(String path, JsonNode v, JsonNode schema, List<String> out) {
    schema = spec.resolve(schema);
    if (v == null || v.isNull()) {
      if (!allowNulls) {
        out.add(path + ": null, the schema says " + schema.path("type").asText("any"));
      }
      return;
    }
    String type = schema.path("type").asText("");
    if (schema.has("enum")) {
      boolean ok = false;
      for (JsonNode e : schema.get("enum")) {
        ok |= e.equals(v);
      }
      if (!ok) {
        out.add(path + ": " + v + " is not one of " + schema.get("enum"));
      }
    }
    switch (type) {
      case "string":
        if (!v.isTextual()) {
          out.add(path + ": expected a string, got " + v.getNodeType());
        } else if ("date-time".equals(schema.path("format").asText())) {
          try {
            OffsetDateTime.parse(v.textValue());
          } catch (DateTimeParseException e) {
            out.add(path + ": '" + v.textValue() + "' is not an ISO-8601 date-time with offset");
          }
        }
        break;
      case "integer":
        if (!v.isIntegralNumber()) {
          out.add(path + ": expected an integer, got " + v.getNodeType() + " " + v);
        } else if ("int32".equals(schema.path("format").asText()) && !v.canConvertToInt()) {
          out.add(path + ": " + v + " does not fit int32");
        } else if ("int64".equals(schema.path("format").asText()) && !v.canConvertToLong()) {
          out.add(path + ": " + v + " does not fit int64");
        }
        break;
      case "number":
        if (!v.isNumber()) {
          out.add(path + ": expected a number, got " + v.getNodeType());
        }
        break;
      case "boolean":
        if (!v.isBoolean()) {
          out.add(path + ": expected a boolean, got " + v.getNodeType());
        }
        break;
      case "array":
        if (!v.isArray()) {
          out.add(path + ": expected an array, got " + v.getNodeType());
          break;
        }
        for (int i = 0; i < v.size(); i++) {
          walk(path + "[" + i + "]", v.get(i), schema.path("items"), out);
        }
        break;
      case "object":
      case "":
        if (!v.isObject()) {
          if (type.equals("object")) {
            out.add(path + ": expected an object, got " + v.getNodeType());
          }
          break;
        }
        object(path, v, schema, out);
        break;
      default:
        out.add(path + ": the validator does not know type '" + type + "'");
    }
  }

  private void object(String path, JsonNode v, JsonNode schema, List<String> out) {
    JsonNode props = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    for (JsonNode r : schema.path("required")) {
      if (!v.has(r.asText())) {
        out.add(path + ": required field '" + r.asText() + "' is missing");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String p = path + "." + f.getKey();
      if (props.has(f.getKey())) {
        walk(p, f.getValue(), props.get(f.getKey()), out);
      } else if (additional != null && additional.isObject()) {
        walk(p, f.getValue(), additional, out);
      } else if (additional != null && additional.asBoolean(false)) {
        // free-form by declaration
      } else if (props.isMissingNode() && additional == null) {
        // an object schema without properties: free-form
      } else {
        out.add(p + ": field not in the schema");
      }
    }
  }
}
