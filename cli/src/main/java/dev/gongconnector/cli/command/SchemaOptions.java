package dev.gongconnector.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.params.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command-line options of one action, made from its JSON Schema: one {@code --kebab-case}
 * option per property, typed, required as the schema says, described with its enum values, format
 * and default.
 *
 * <p>Booleans are flags that also take a value ({@code --include-media}, {@code
 * --include-media=false}); arrays take JSON ({@code '["a","b"]'}) or comma-separated values and may
 * be repeated; objects take JSON (objects of boolean flags also take the names to switch on: {@code
 * --content-selector topics,brief}).
 */
public final class SchemaOptions {

  /** Per property: its option, then hidden options for its other accepted names. */
  private final Map<String, List<OptionSpec>> byProperty = new LinkedHashMap<>();

  private final Map<String, String> optionNames = new LinkedHashMap<>();

  private SchemaOptions() {}

  /**
   * The options for {@code schema}; a property whose option name is in {@code reserved} (the shared
   * options such as {@code --output}) gets the name {@code --param-<name>} instead.
   */
  public static SchemaOptions of(ObjectNode schema, Set<String> reserved) {
    return of(schema, reserved, Map.of());
  }

  /**
   * Like {@link #of(ObjectNode, Set)}, with other accepted names per property ({@code title} for
   * {@code call_title}) as extra option names, where they clash with nothing.
   */
  public static SchemaOptions of(
      ObjectNode schema, Set<String> reserved, Map<String, List<String>> aliases) {
    SchemaOptions options = new SchemaOptions();
    Set<String> used = new java.util.HashSet<>(reserved);
    schema.path("properties").fieldNames().forEachRemaining(p -> used.add("--" + Names.kebab(p)));
    JsonNode properties = schema.path("properties");
    Set<String> required = new java.util.HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      String name = "--" + Names.kebab(property.getKey());
      if (reserved.contains(name)) name = "--param-" + Names.kebab(property.getKey());
      boolean isRequired = required.contains(property.getKey());
      List<OptionSpec> specs = new ArrayList<>();
      // Required properties are checked by the action, not by picocli: any accepted name satisfies
      // one, and the user learns every missing option in one message.
      specs.add(option(name, property.getValue(), false, false, isRequired));
      // Other accepted names work as options too but stay out of the help (the description names
      // them).
      for (String alias : aliases.getOrDefault(property.getKey(), List.of())) {
        String extra = "--" + Names.kebab(alias);
        if (used.add(extra)) specs.add(option(extra, property.getValue(), false, true));
      }
      options.byProperty.put(property.getKey(), specs);
      options.optionNames.put(property.getKey(), name);
    }
    return options;
  }

  private static OptionSpec option(String name, JsonNode schema, boolean required, boolean hidden) {
    return option(name, schema, required, hidden, required);
  }

  private static OptionSpec option(
      String name, JsonNode schema, boolean required, boolean hidden, boolean saysRequired) {
    // Values stay text: the action's parameter set is the one parser, so every front door agrees.
    Set<String> types = types(schema);
    OptionSpec.Builder b =
        OptionSpec.builder(name)
            .required(required)
            .hidden(hidden)
            .description(describe(schema, saysRequired));
    if (types.equals(Set.of("boolean"))) {
      // A flag that also accepts an explicit value: --include-media, --include-media=false.
      return b.type(String.class)
          .arity("0..1")
          .fallbackValue("true")
          .paramLabel("true|false")
          .hideParamSyntax(false)
          .build();
    }
    b.paramLabel(label(schema, types));
    if (types.contains("array")) {
      // Repeatable: --keywords sales --keywords demo is --keywords sales,demo.
      return b.type(List.class).auxiliaryTypes(String.class).arity("1").build();
    }
    b.type(String.class);
    JsonNode allowed = schema.get("enum");
    if (allowed != null && allowed.isArray()) {
      List<String> candidates = new ArrayList<>();
      allowed.forEach(v -> candidates.add(v.asText()));
      b.completionCandidates(candidates);
    }
    return b.build();
  }

  /** The JSON types a property schema names (for option labels and help only, never parsing). */
  static Set<String> types(JsonNode schema) {
    Set<String> types = new java.util.LinkedHashSet<>();
    JsonNode type = schema == null ? null : schema.get("type");
    if (type != null && type.isTextual()) types.add(type.asText());
    if (type != null && type.isArray()) type.forEach(t -> types.add(t.asText()));
    if (types.isEmpty() && schema != null && schema.has("enum")) types.add("string");
    types.remove("null");
    return types;
  }

  private static String label(JsonNode schema, Set<String> types) {
    String format = schema.path("format").asText("");
    if (types.contains("array")) {
      JsonNode items = schema.path("items");
      return types(items).contains("object") ? "JSON" : "A,B|JSON";
    }
    if (types.contains("object")) return "JSON";
    if (types.contains("integer")) return "N";
    if (types.contains("number")) return "NUMBER";
    if (schema.has("enum")) return "VALUE";
    if (format.equals("date-time")) return "DATETIME";
    if (format.equals("date")) return "DATE";
    if (format.equals("uri")) return "URL";
    if (format.equals("email")) return "EMAIL";
    return "TEXT";
  }

  private static String[] describe(JsonNode schema, boolean required) {
    List<String> lines = new ArrayList<>();
    StringBuilder first = new StringBuilder(schema.path("description").asText(""));
    JsonNode allowed = schema.get("enum");
    if (allowed != null && allowed.isArray() && allowed.size() > 0) {
      List<String> values = new ArrayList<>();
      allowed.forEach(v -> values.add(v.asText()));
      boolean said = values.stream().allMatch(v -> first.indexOf(v) >= 0);
      if (!said)
        first
            .append(first.length() > 0 ? " " : "")
            .append("One of: ")
            .append(String.join(", ", values))
            .append('.');
    }
    String format = schema.path("format").asText("");
    if (format.equals("date-time") && first.indexOf("ISO") < 0)
      first.append(" ISO-8601, e.g. 2025-01-31T00:00:00Z.");
    JsonNode properties = schema.get("properties");
    if (properties != null && properties.isObject() && properties.size() > 0) {
      List<String> fields = new ArrayList<>();
      properties.fieldNames().forEachRemaining(fields::add);
      first.append(" Fields: ").append(String.join(", ", fields)).append('.');
    }
    JsonNode def = schema.get("default");
    // Say the default unless the description already does ("(default 100, at most 10000)").
    if (def != null
        && !def.isNull()
        && !first.toString().toLowerCase(java.util.Locale.ROOT).contains("default")) {
      first
          .append(" Default: ")
          .append(def.isValueNode() ? def.asText() : def.toString())
          .append('.');
    }
    String text = first.toString().trim();
    lines.add(escape(required ? "Required. " + text : text));
    return lines.toArray(new String[0]);
  }

  /** Picocli formats descriptions ({@code %n}) and interpolates {@code ${..}}: both are escaped. */
  static String escape(String text) {
    return text.replace("%", "%%").replace("${", "$${");
  }

  /** The option specs, in schema order. */
  public Collection<OptionSpec> specs() {
    List<OptionSpec> all = new ArrayList<>();
    byProperty.values().forEach(all::addAll);
    return all;
  }

  /**
   * The option the user typed for a property ({@code max_sentences_per_call -> --sentences} when
   * given as {@code --sentences}), else its main option, else the property itself.
   */
  public String optionName(String property) {
    if (property == null) return null;
    List<OptionSpec> specs = byProperty.get(property);
    if (specs == null) return property;
    for (OptionSpec spec : specs) {
      if (given(spec) != null) return spec.longestName();
    }
    return optionNames.get(property);
  }

  /**
   * The options the user gave, as text under the name they typed (without dashes): the action reads
   * every spelling, so it parses and validates them exactly as it does for MCP and {@code gong
   * run}. A repeated option gives a list of texts.
   */
  public ObjectNode values() {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, List<OptionSpec>> e : byProperty.entrySet()) {
      for (OptionSpec spec : e.getValue()) {
        Object value = given(spec);
        if (value == null) continue;
        String key =
            spec.longestName().startsWith("--param-")
                ? e.getKey()
                : spec.longestName().substring(2);
        if (value instanceof List) {
          List<?> parts = (List<?>) value;
          if (parts.size() == 1) {
            params.put(key, (String) parts.get(0));
          } else {
            ArrayNode texts = params.putArray(key);
            parts.forEach(part -> texts.add((String) part));
          }
        } else {
          params.put(key, (String) value);
        }
      }
    }
    return params;
  }

  private static Object given(OptionSpec spec) {
    Object v = spec.getValue();
    return v == null || (v instanceof List && ((List<?>) v).isEmpty()) ? null : v;
  }
}
