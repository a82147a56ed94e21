package dev.gongconnector.actions.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validated parameter values under their canonical names, with defaults applied. Getters return the
 * normalised shape; asking for a name the action did not declare is a programming error.
 */
public final class Params {

  private final ParamSet set;
  private final Map<String, JsonNode> values;
  private final Set<String> given;

  Params(ParamSet set, Map<String, JsonNode> values, Set<String> given) {
    this.set = set;
    this.values = Collections.unmodifiableMap(values);
    this.given = Set.copyOf(given);
  }

  /**
   * The parameters that were given (defaults left out), normalised, under their canonical names in
   * declaration order: what a dry run shows.
   */
  public ObjectNode given() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Param p : set.params()) {
      if (given.contains(p.name())) out.set(p.name(), values.get(p.name()));
    }
    return out;
  }

  private JsonNode value(String name) {
    if (set.get(name) == null) throw new IllegalArgumentException("undeclared parameter " + name);
    return values.get(name);
  }

  /** Whether the parameter was given or has a default. */
  public boolean has(String name) {
    return value(name) != null;
  }

  /** The raw normalised node, or null. */
  public JsonNode node(String name) {
    return value(name);
  }

  public String string(String name) {
    JsonNode v = value(name);
    return v == null ? null : v.textValue();
  }

  /** A string that was given and not blank, or empty. */
  public Optional<String> text(String name) {
    String v = string(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  public Long longValue(String name) {
    JsonNode v = value(name);
    return v == null ? null : v.longValue();
  }

  /** An integer parameter that has a default or is required, so it is never null. */
  public int intValue(String name) {
    JsonNode v = value(name);
    if (v == null) throw new IllegalStateException(name + " has no value and no default");
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v.longValue()));
  }

  public Double doubleValue(String name) {
    JsonNode v = value(name);
    return v == null ? null : v.doubleValue();
  }

  /** A boolean, false when absent without a default. */
  public boolean flag(String name) {
    JsonNode v = value(name);
    return v != null && v.booleanValue();
  }

  public List<String> strings(String name) {
    JsonNode v = value(name);
    if (v == null) return List.of();
    List<String> out = new ArrayList<>(v.size());
    v.forEach(item -> out.add(item.textValue()));
    return List.copyOf(out);
  }

  /**
   * The object of a {@link ParamType#FLAGS} parameter (only the flags that were named), or empty.
   */
  public ObjectNode flags(String name) {
    JsonNode v = value(name);
    return v == null
        ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
        : (ObjectNode) v;
  }

  /** A full ISO-8601 date-time with offset; see {@link Dates#dateTime}. */
  public OffsetDateTime dateTime(String name) {
    String v = string(name);
    return v == null ? null : Dates.dateTime(name, v);
  }

  /** The start of a range: a date-time, or a plain date meaning its start in UTC. */
  public Instant rangeStart(String name) {
    String v = string(name);
    return v == null ? null : Dates.rangeStart(name, v);
  }

  /**
   * The exclusive end of a range: a date-time, or a plain date meaning the start of the next day
   * UTC.
   */
  public Instant rangeEnd(String name) {
    String v = string(name);
    return v == null ? null : Dates.rangeEnd(name, v);
  }

  /** The values as a map, for logging and tests (contains no secrets: actions take none). */
  public Map<String, JsonNode> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
