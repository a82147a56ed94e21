package dev.gongconnector.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

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

  /** Required properties, in schema order. */
  private final Set<String> required = new java.util.LinkedHashSet<>();

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
      // Required properties are checked by missingRequired, not by picocli: any accepted name
      // satisfies one,
      // and the user learns every missing option in one message.
      specs.add(option(name, property.getValue(), false, false, isRequired));
      if (isRequired) options.required.add(property.getKey());
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
    Set<String> types = ParamValues.types(schema);
    OptionSpec.Builder b =
        OptionSpec.builder(name)
            .required(required)
            .hidden(hidden)
            .description(describe(schema, saysRequired));
    if (types.equals(Set.of("boolean"))) {
      // A flag that also accepts an explicit value: --include-media, --include-media=false.
      return b.type(Boolean.class)
          .arity("0..1")
          .fallbackValue("true")
          .paramLabel("true|false")
          .hideParamSyntax(false)
          .build();
    }
    ITypeConverter<JsonNode> converter =
        value -> {
          try {
            return ParamValues.parse(value, schema);
          } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
          }
        };
    b.paramLabel(label(schema, types)).converters(converter);
    if (types.contains("array")) {
      // Repeatable: --keywords sales --keywords demo is --keywords sales,demo.
      return b.type(List.class).auxiliaryTypes(JsonNode.class).arity("1").build();
    }
    b.type(JsonNode.class);
    JsonNode allowed = schema.get("enum");
    if (allowed != null && allowed.isArray()) {
      List<String> candidates = new ArrayList<>();
      allowed.forEach(v -> candidates.add(v.asText()));
      b.completionCandidates(candidates);
    }
    return b.build();
  }

  private static String label(JsonNode schema, Set<String> types) {
    String format = schema.path("format").asText("");
    if (types.contains("array")) {
      JsonNode items = schema.path("items");
      return ParamValues.types(items).contains("object") ? "JSON" : "A,B|JSON";
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
   * The option name of a property ({@code call_id -> --call-id}), or the property itself when
   * unknown.
   */
  public String optionName(String property) {
    if (property == null) return null;
    String name = optionNames.get(property);
    if (name == null) name = optionNames.get(Names.snake(property));
    return name != null ? name : property;
  }

  /** The option names of the required properties missing from {@code params}, all at once. */
  public List<String> missingRequired(ObjectNode params) {
    List<String> missing = new ArrayList<>();
    for (String property : required) {
      if (!params.has(property)) missing.add(optionName(property));
    }
    return missing;
  }

  /** The parameters the user gave, as the JSON object the action takes. */
  public ObjectNode values() {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, List<OptionSpec>> e : byProperty.entrySet()) {
      Object value = null;
      for (OptionSpec spec : e.getValue()) {
        Object v = spec.getValue();
        if (v != null && !(v instanceof List && ((List<?>) v).isEmpty())) {
          value = v;
          break;
        }
      }
      if (value == null) continue;
      if (value instanceof Boolean) {
        params.put(e.getKey(), (Boolean) value);
      } else if (value instanceof List) {
        List<?> parts = (List<?>) value;
        if (parts.isEmpty()) continue;
        ArrayNode merged = JsonNodeFactory.instance.arrayNode();
        for (Object part : parts) {
          JsonNode node = (JsonNode) part;
          if (node.isArray()) merged.addAll((ArrayNode) node);
          else merged.add(node);
        }
        params.set(e.getKey(), merged);
      } else {
        params.set(e.getKey(), (JsonNode) value);
      }
    }
    return params;
  }
}
