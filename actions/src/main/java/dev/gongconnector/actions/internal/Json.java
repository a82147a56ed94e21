package dev.gongconnector.actions.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Jackson mapper of the actions module and small node helpers.
 *
 * <p>The mapper is the client's ({@link dev.gongconnector.client.internal.Json#mapper()}): the same
 * configuration (java.time types as ISO-8601 text with their offset, unknown fields ignored, empty
 * values left out), so one mapper and one cache of serializers serve both. It is made on first use,
 * not when an action is defined: defining actions only builds JSON nodes, and the first mapper of a
 * process costs tens of milliseconds (Jackson's date format reads locale data).
 */
public final class Json {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /**
   * Puts {@code value} under {@code field} unless it is null or blank, to keep agent outputs small.
   */
  public static ObjectNode putIfPresent(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) node.put(field, value);
    return node;
  }

  /** Puts {@code value} under {@code field} unless it is null. */
  public static ObjectNode putIfPresent(ObjectNode node, String field, Number value) {
    if (value == null) return node;
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      node.put(field, value.longValue());
    } else {
      node.put(field, value.doubleValue());
    }
    return node;
  }

  /** Puts {@code value} under {@code field} unless it is null. */
  public static ObjectNode putIfPresent(ObjectNode node, String field, Boolean value) {
    if (value != null) node.put(field, value);
    return node;
  }

  /** The shared, thread-safe mapper (the client's). */
  public static ObjectMapper mapper() {
    return dev.gongconnector.client.internal.Json.mapper();
  }

  /** Converts any value (record, list, map) into a tree, or null for null. */
  public static com.fasterxml.jackson.databind.JsonNode tree(Object value) {
    return value == null ? null : mapper().valueToTree(value);
  }
}
