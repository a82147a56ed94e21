package dev.gongconnector.actions.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One parameter of an action: canonical snake_case name, type, description for a language model,
 * constraints and accepted aliases. Immutable; made with the static factories and {@code with..}
 * copies.
 *
 * @param name canonical snake_case name
 * @param type the JSON shape after normalisation
 * @param description what it means, for a language model
 * @param required whether the action refuses to run without it
 * @param defaultValue the value used when absent, or null (also published in the schema)
 * @param enumValues canonical values for an enumerated string (matched case-insensitively), or
 *     empty
 * @param format JSON Schema format (e.g. {@code date-time}, {@code uri}), or null
 * @param aliases other accepted names (any spelling; normalised like the canonical one)
 * @param minimum inclusive minimum of a number, or null
 * @param maximum inclusive maximum of a number, or null
 * @param maxLength maximum length of a string, or null
 * @param flagNames the accepted keys of a {@link ParamType#FLAGS} parameter
 * @param itemSchema the JSON Schema of one item of an {@link ParamType#OBJECT_ARRAY}, or of an
 *     {@link ParamType#OBJECT}, or null
 * @param pattern a regular expression every string (or every item of a string array) must match, or
 *     null
 */
public record Param(
    String name,
    ParamType type,
    String description,
    boolean required,
    JsonNode defaultValue,
    List<String> enumValues,
    String format,
    List<String> aliases,
    Number minimum,
    Number maximum,
    Integer maxLength,
    List<String> flagNames,
    ObjectNode itemSchema,
    String pattern) {

  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    enumValues = List.copyOf(enumValues == null ? List.of() : enumValues);
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    flagNames = List.copyOf(flagNames == null ? List.of() : flagNames);
    if (!name.equals(Names.canonical(name))) {
      throw new IllegalArgumentException("parameter name must be snake_case: " + name);
    }
  }

  /** A copy with {@code change} applied to its components. */
  private Param edit(java.util.function.Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** The mutable components of a copy being made. */
  private static final class Draft {
    String name;
    ParamType type;
    String description;
    boolean required;
    JsonNode defaultValue;
    List<String> enumValues;
    String format;
    List<String> aliases;
    Number minimum;
    Number maximum;
    Integer maxLength;
    List<String> flagNames;
    ObjectNode itemSchema;
    String pattern;

    Draft(Param p) {
      name = p.name;
      type = p.type;
      description = p.description;
      required = p.required;
      defaultValue = p.defaultValue;
      enumValues = p.enumValues;
      format = p.format;
      aliases = p.aliases;
      minimum = p.minimum;
      maximum = p.maximum;
      maxLength = p.maxLength;
      flagNames = p.flagNames;
      itemSchema = p.itemSchema;
      pattern = p.pattern;
    }

    Param build() {
      return new Param(
          name,
          type,
          description,
          required,
          defaultValue,
          enumValues,
          format,
          aliases,
          minimum,
          maximum,
          maxLength,
          flagNames,
          itemSchema,
          pattern);
    }
  }

  public static Param of(String name, ParamType type, String description) {
    return new Param(
        name, type, description, false, null, null, null, null, null, null, null, null, null, null);
  }

  public static Param string(String name, String description) {
    return of(name, ParamType.STRING, description);
  }

  public static Param integer(String name, String description) {
    return of(name, ParamType.INTEGER, description);
  }

  public static Param number(String name, String description) {
    return of(name, ParamType.NUMBER, description);
  }

  public static Param bool(String name, String description) {
    return of(name, ParamType.BOOLEAN, description);
  }

  public static Param strings(String name, String description) {
    return of(name, ParamType.STRING_ARRAY, description);
  }

  /** A {@link ParamType#FLAGS} parameter accepting the given flag names. */
  public static Param flags(String name, String description, List<String> flagNames) {
    return of(name, ParamType.FLAGS, description).withFlags(flagNames);
  }

  public Param requiredParam() {
    return edit(d -> d.required = true);
  }

  public Param withDefault(JsonNode value) {
    return edit(d -> d.defaultValue = value);
  }

  public Param withDefault(boolean value) {
    return withDefault(com.fasterxml.jackson.databind.node.BooleanNode.valueOf(value));
  }

  public Param withDefault(long value) {
    return withDefault(com.fasterxml.jackson.databind.node.LongNode.valueOf(value));
  }

  public Param withDefault(String value) {
    return withDefault(com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
  }

  public Param withEnum(String... values) {
    return edit(d -> d.enumValues = List.of(values));
  }

  public Param withFormat(String value) {
    return edit(d -> d.format = value);
  }

  public Param withAliases(String... values) {
    List<String> all = new ArrayList<>(aliases);
    all.addAll(List.of(values));
    return edit(d -> d.aliases = all);
  }

  public Param withRange(Number min, Number max) {
    return edit(
        d -> {
          d.minimum = min;
          d.maximum = max;
        });
  }

  public Param withMaxLength(int value) {
    return edit(d -> d.maxLength = value);
  }

  public Param withFlags(List<String> names) {
    return edit(d -> d.flagNames = names);
  }

  /** Every string (or string array item) must match {@code regex} entirely. */
  public Param withPattern(String regex) {
    return edit(d -> d.pattern = regex);
  }

  /** A Gong id: a string of 1 to 20 digits (Gong's ids overflow a long, so they stay strings). */
  public Param gongId() {
    return withPattern(Coercion.GONG_ID);
  }

  public Param withItemSchema(ObjectNode schema) {
    return edit(d -> d.itemSchema = schema);
  }
}
