package dev.gongconnector.actions.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters of one action: publishes them as a JSON Schema and turns raw input (any spelling,
 * strings where numbers or arrays are meant) into validated {@link Params}.
 *
 * <p>Every key of the input is mapped to a canonical name: the exact name, its snake_case form
 * ({@code callTitle} and {@code call-title} become {@code call_title}) or a documented alias. An
 * unknown key, two spellings of one parameter, a wrong type, a value outside its enum or bounds, or
 * a missing required parameter raises {@link InvalidParameterException} naming the parameter.
 */
public final class ParamSet {

  private final List<Param> params;
  private final Map<String, Param> byName = new LinkedHashMap<>();
  private final Map<String, Param> bySpelling = new LinkedHashMap<>();

  public ParamSet(List<Param> params) {
    this.params = List.copyOf(params);
    for (Param p : this.params) {
      if (byName.put(p.name(), p) != null)
        throw new IllegalArgumentException("duplicate " + p.name());
      register(p.name(), p);
      for (String alias : p.aliases()) register(Names.canonical(alias), p);
    }
  }

  public static ParamSet of(Param... params) {
    return new ParamSet(List.of(params));
  }

  private void register(String spelling, Param p) {
    Param previous = bySpelling.put(spelling, p);
    if (previous != null && previous != p) {
      throw new IllegalArgumentException(
          "spelling " + spelling + " names both " + previous.name() + " and " + p.name());
    }
  }

  public List<Param> params() {
    return params;
  }

  /** The parameter with this canonical name, or null. */
  public Param get(String name) {
    return byName.get(name);
  }

  /** The parameter that {@code spelling} names (canonical, alias, any case style), or null. */
  public Param bySpelling(String spelling) {
    return spelling == null ? null : bySpelling.get(Names.canonical(spelling));
  }

  /** The canonical names, comma-separated, for error messages. */
  public String acceptedNames() {
    return params.isEmpty()
        ? "(none)"
        : params.stream().map(Param::name).collect(Collectors.joining(", "));
  }

  /** The JSON Schema (draft 2020-12) of the canonical parameters. */
  public ObjectNode schema() {
    return SchemaWriter.write(params);
  }

  /** Normalises and validates {@code input} (an object, or null/empty for no parameters). */
  public Params read(JsonNode input) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Set<String> given = new HashSet<>();
    if (input != null && !input.isNull() && !input.isMissingNode()) {
      if (!input.isObject()) {
        throw new InvalidParameterException(
            null, "parameters must be a JSON object, got " + input.getNodeType());
      }
      Iterator<Map.Entry<String, JsonNode>> fields = input.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        Param p = bySpelling.get(Names.canonical(field.getKey()));
        if (p == null) {
          throw new InvalidParameterException(
              field.getKey(),
              "unknown parameter '"
                  + field.getKey()
                  + "'; accepted parameters: "
                  + acceptedNames());
        }
        JsonNode value = field.getValue();
        // An explicit null means "not given": agents often send every optional key with null.
        if (value == null || value.isNull()) continue;
        if (values.containsKey(p.name())) {
          throw new InvalidParameterException(
              p.name(), "parameter '" + p.name() + "' is given twice (under different spellings)");
        }
        values.put(p.name(), coerce(p, field.getKey(), value));
        given.add(p.name());
      }
    }
    List<Param> missing = new ArrayList<>();
    for (Param p : params) {
      if (!values.containsKey(p.name())) {
        if (p.required()) missing.add(p);
        else if (p.defaultValue() != null) values.put(p.name(), p.defaultValue());
      }
    }
    if (missing.size() == 1) {
      Param p = missing.get(0);
      throw new InvalidParameterException(
          p.name(),
          "missing required parameter '" + p.name() + "': " + firstSentence(p.description()));
    }
    if (!missing.isEmpty()) {
      // All at once: an agent (or a person) fixes every gap in one round instead of one per
      // attempt.
      StringBuilder message = new StringBuilder("missing required parameters:");
      for (Param p : missing)
        message
            .append(" '")
            .append(p.name())
            .append("' (")
            .append(firstSentence(p.description()))
            .append(')');
      throw new InvalidParameterException(missing.get(0).name(), message.toString());
    }
    return new Params(this, values, given);
  }

  /** Coerces one value; the error names the parameter as the caller spelled it. */
  private static JsonNode coerce(Param p, String spelling, JsonNode value) {
    try {
      return Coercion.coerce(p, value);
    } catch (InvalidParameterException e) {
      String prefix = "parameter '" + p.name() + "'";
      if (spelling.equals(p.name()) || !e.getMessage().startsWith(prefix)) throw e;
      throw new InvalidParameterException(
          p.name(), "parameter '" + spelling + "'" + e.getMessage().substring(prefix.length()));
    }
  }

  private static String firstSentence(String text) {
    int dot = text.indexOf(". ");
    // "e.g. " and "i.e. " do not end a sentence: cutting there left "ISO-8601 with offset, e.g."
    // without the example.
    while (dot >= 0 && (text.startsWith("e.g", dot - 3) || text.startsWith("i.e", dot - 3))) {
      dot = text.indexOf(". ", dot + 2);
    }
    return dot < 0 ? text : text.substring(0, dot + 1);
  }

  /** Small helper for schemas of nested objects (participants, context). */
  public static ObjectNode objectSchema() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", "object");
    node.putObject("properties");
    return node;
  }

  /** Adds a property of a simple type to an object schema made by {@link #objectSchema()}. */
  public static ObjectNode property(
      ObjectNode objectSchema, String name, String type, String description) {
    ObjectNode prop = ((ObjectNode) objectSchema.get("properties")).putObject(name);
    prop.put("type", type);
    prop.put("description", description);
    return prop;
  }

  static ArrayNode texts(List<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
