package dev.gongconnector.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.cli.output.ResultPrinter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Converts a parameter value typed by a person (a command-line option or a {@code key: value} line
 * of {@code gong run}) into JSON, as the property's JSON Schema says: strings stay strings (ids of
 * 20 digits included), integers and numbers are parsed, booleans accept true/false/yes/no, arrays
 * are JSON ({@code ["a","b"]}) or comma-separated ({@code a,b}), objects are JSON. Enum values are
 * matched case-insensitively and given back in their canonical spelling.
 *
 * <p>The action validates everything again; this only gets the types right and fails early, with a
 * message that names what was expected.
 */
public final class ParamValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ParamValues() {}

  /**
   * The JSON types a property schema allows ({@code type} as a string or a list, or from
   * anyOf/oneOf/enum).
   */
  public static Set<String> types(JsonNode schema) {
    Set<String> types = new LinkedHashSet<>();
    if (schema == null) return types;
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) types.add(type.asText());
    if (type != null && type.isArray()) type.forEach(t -> types.add(t.asText()));
    for (String combinator : List.of("anyOf", "oneOf")) {
      JsonNode alternatives = schema.get(combinator);
      if (alternatives != null && alternatives.isArray())
        alternatives.forEach(a -> types.addAll(types(a)));
    }
    if (types.isEmpty() && schema.has("enum")) types.add("string");
    types.remove("null");
    return types;
  }

  /**
   * Converts {@code raw}; throws {@link IllegalArgumentException} with a message saying what was
   * expected.
   */
  public static JsonNode parse(String raw, JsonNode schema) {
    Set<String> types = types(schema);
    String value = raw.trim();
    if (types.contains("array") && (value.startsWith("[") || !types.contains("string")))
      return array(value, schema);
    if (types.contains("object") && (value.startsWith("{") || !types.contains("string")))
      return object(value, schema);
    if (types.contains("boolean") && types.size() == 1) return NODES.booleanNode(bool(value));
    if (types.contains("integer") && types.size() == 1) return integer(value);
    if (types.contains("number") && types.size() == 1) return number(value);
    if (types.isEmpty()) return untyped(value);
    return string(raw, schema);
  }

  private static JsonNode string(String raw, JsonNode schema) {
    String value = unquote(raw);
    JsonNode allowed = schema == null ? null : schema.get("enum");
    if (allowed != null && allowed.isArray() && allowed.size() > 0) {
      List<String> names = new ArrayList<>();
      for (JsonNode option : allowed) {
        if (option.asText().equalsIgnoreCase(value.trim())) return option.deepCopy();
        names.add(option.asText());
      }
      throw new IllegalArgumentException(
          "expected one of " + String.join(", ", names) + ", got '" + value + "'");
    }
    return NODES.textNode(value);
  }

  private static JsonNode array(String value, JsonNode schema) {
    JsonNode items = schema == null ? null : schema.get("items");
    if (value.startsWith("[")) {
      JsonNode parsed = json(value, "a JSON array");
      if (!parsed.isArray())
        throw new IllegalArgumentException("expected a JSON array, got " + value);
      return parsed;
    }
    ArrayNode array = NODES.arrayNode();
    if (value.isEmpty()) return array;
    if (value.startsWith("{")) {
      array.add(json(value, "a JSON object"));
      return array;
    }
    for (String part : value.split(",")) {
      String item = part.trim();
      if (item.isEmpty()) continue;
      array.add(items == null ? NODES.textNode(unquote(item)) : parse(item, items));
    }
    return array;
  }

  private static JsonNode object(String value, JsonNode schema) {
    if (value.startsWith("{")) {
      JsonNode parsed = json(value, "a JSON object");
      if (!parsed.isObject())
        throw new IllegalArgumentException("expected a JSON object, got " + value);
      return parsed;
    }
    // An object of boolean flags (content selectors) may be given as the names to switch on: a,b,c.
    JsonNode properties = schema == null ? null : schema.get("properties");
    if (properties != null && properties.size() > 0 && allBoolean(properties)) {
      ObjectNode object = NODES.objectNode();
      for (String part : value.split(",")) {
        String name = part.trim();
        if (name.isEmpty()) continue;
        String match = null;
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
          String candidate = it.next();
          if (candidate.equalsIgnoreCase(name)
              || candidate.equalsIgnoreCase(name.replace("-", "").replace("_", ""))) {
            match = candidate;
          }
        }
        if (match == null) {
          List<String> names = new ArrayList<>();
          properties.fieldNames().forEachRemaining(names::add);
          throw new IllegalArgumentException(
              "unknown field '" + name + "' (known: " + String.join(", ", names) + ")");
        }
        object.put(match, true);
      }
      return object;
    }
    throw new IllegalArgumentException(
        "expected a JSON object like {\"key\": \"value\"}, got " + value);
  }

  private static boolean allBoolean(JsonNode properties) {
    for (JsonNode property : properties) {
      if (!types(property).equals(Set.of("boolean"))) return false;
    }
    return true;
  }

  /** true/false, yes/no, on/off, 1/0, case-insensitive. */
  public static boolean bool(String value) {
    switch (unquote(value).trim().toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
      case "y":
      case "on":
      case "1":
        return true;
      case "false":
      case "no":
      case "n":
      case "off":
      case "0":
        return false;
      default:
        throw new IllegalArgumentException("expected true or false, got '" + value + "'");
    }
  }

  private static JsonNode integer(String value) {
    try {
      return NODES.numberNode(new BigInteger(unquote(value).trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number, got '" + value + "'");
    }
  }

  private static JsonNode number(String value) {
    try {
      return NODES.numberNode(new BigDecimal(unquote(value).trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number, got '" + value + "'");
    }
  }

  private static JsonNode untyped(String value) {
    if (value.startsWith("[") || value.startsWith("{")) return json(value, "JSON");
    return NODES.textNode(unquote(value));
  }

  private static JsonNode json(String value, String expected) {
    try {
      return ResultPrinter.JSON.readTree(value);
    } catch (JsonProcessingException e) {
      String detail = e.getOriginalMessage();
      throw new IllegalArgumentException(
          "expected "
              + expected
              + ", but it is not valid JSON ("
              + detail.split("\n")[0]
              + " at character "
              + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr())
              + ")");
    }
  }

  /** Removes one level of JSON string quotes: {@code "a b"} becomes {@code a b}. */
  static String unquote(String value) {
    String trimmed = value.trim();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      try {
        return ResultPrinter.JSON.readTree(trimmed).asText();
      } catch (JsonProcessingException e) {
        return value;
      }
    }
    return value;
  }
}
