package dev.gongconnector.actions.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one Jackson mapper of the actions module and small node helpers. */
public final class Json {

  /** Thread-safe once configured; shared by every action. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .setSerializationInclusion(
              com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY);

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

  /** Converts any value (record, list, map) into a tree, or null for null. */
  public static com.fasterxml.jackson.databind.JsonNode tree(Object value) {
    return value == null ? null : MAPPER.valueToTree(value);
  }
}
