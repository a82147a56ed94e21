package dev.gongconnector.actions.params;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one raw value into the canonical JSON shape of its parameter, accepting the spellings
 * agents and command lines send (numbers and arrays inside strings), and checks enums and bounds.
 */
final class Coercion {

  private static final ObjectMapper PARSER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Coercion() {}

  static JsonNode coerce(Param p, JsonNode raw) {
    switch (p.type()) {
      case STRING:
        return checkString(p, string(p, raw));
      case INTEGER:
        return checkRange(p, integer(p, raw));
      case NUMBER:
        return checkRange(p, number(p, raw));
      case BOOLEAN:
        return bool(p, raw);
      case STRING_ARRAY:
        return strings(p, raw);
      case OBJECT_ARRAY:
        return objects(p, raw);
      case OBJECT:
        return object(p, raw);
      case FLAGS:
        return flags(p, raw);
      default:
        throw new IllegalStateException(p.type().name());
    }
  }

  private static InvalidParameterException invalid(Param p, String message) {
    return new InvalidParameterException(p.name(), "parameter '" + p.name() + "' " + message);
  }

  private static TextNode string(Param p, JsonNode raw) {
    if (raw.isTextual()) return (TextNode) raw;
    // Ids are strings of up to 20 digits; an agent may send one as a JSON number.
    if (raw.isIntegralNumber()) return TextNode.valueOf(raw.bigIntegerValue().toString());
    throw invalid(p, "must be a string, got " + describe(raw));
  }

  static final String GONG_ID = "[0-9]{1,20}";

  private static JsonNode checkString(Param p, TextNode value) {
    String text = value.textValue();
    if (p.pattern() != null) {
      text = text.strip();
      checkPattern(p, text);
      value = TextNode.valueOf(text);
    }
    if (!p.enumValues().isEmpty()) {
      for (String allowed : p.enumValues()) {
        if (allowed.equalsIgnoreCase(text.strip())) return TextNode.valueOf(allowed);
      }
      throw invalid(
          p,
          "must be one of "
              + String.join(", ", p.enumValues())
              + ", got '"
              + abbreviate(text)
              + "'");
    }
    if (p.maxLength() != null && text.length() > p.maxLength()) {
      throw invalid(
          p, "is " + text.length() + " characters long; at most " + p.maxLength() + " are allowed");
    }
    return value;
  }

  private static void checkPattern(Param p, String text) {
    if (text.matches(p.pattern())) return;
    if (p.pattern().equals(GONG_ID)) {
      throw invalid(
          p,
          (p.type() == ParamType.STRING_ARRAY ? "must contain Gong ids" : "must be a Gong id")
              + " (a string of up to 20 digits, e.g. 7782342274025937895), got '"
              + abbreviate(text)
              + "'");
    }
    throw invalid(p, "must match " + p.pattern() + ", got '" + abbreviate(text) + "'");
  }

  private static JsonNode integer(Param p, JsonNode raw) {
    if (raw.isIntegralNumber() && raw.canConvertToLong()) return LongNode.valueOf(raw.longValue());
    if (raw.isNumber() && raw.decimalValue().stripTrailingZeros().scale() <= 0) {
      return LongNode.valueOf(raw.longValue());
    }
    if (raw.isTextual()) {
      try {
        return LongNode.valueOf(Long.parseLong(raw.textValue().strip()));
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw invalid(p, "must be a whole number, got " + describe(raw));
  }

  private static JsonNode number(Param p, JsonNode raw) {
    if (raw.isNumber()) return raw;
    if (raw.isTextual()) {
      try {
        return DecimalNode.valueOf(new BigDecimal(raw.textValue().strip()));
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw invalid(p, "must be a number, got " + describe(raw));
  }

  private static JsonNode checkRange(Param p, JsonNode value) {
    if (p.minimum() != null
        && value.decimalValue().compareTo(new BigDecimal(p.minimum().toString())) < 0) {
      throw invalid(p, "must be at least " + p.minimum() + ", got " + value.asText());
    }
    if (p.maximum() != null
        && value.decimalValue().compareTo(new BigDecimal(p.maximum().toString())) > 0) {
      throw invalid(p, "must be at most " + p.maximum() + ", got " + value.asText());
    }
    return value;
  }

  private static JsonNode bool(Param p, JsonNode raw) {
    if (raw.isBoolean()) return raw;
    if (raw.isTextual()) {
      String text = raw.textValue().strip().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("yes")) return BooleanNode.TRUE;
      if (text.equals("false") || text.equals("no")) return BooleanNode.FALSE;
    }
    throw invalid(p, "must be true or false, got " + describe(raw));
  }

  private static JsonNode strings(Param p, JsonNode raw) {
    JsonNode value = raw;
    if (raw.isTextual()) {
      String text = raw.textValue().strip();
      if (text.startsWith("[")) {
        value = parse(p, text, "a JSON array of strings");
      } else {
        ArrayNode parts = F.arrayNode();
        for (String part : text.split(",")) {
          if (!part.isBlank()) parts.add(part.strip());
        }
        if (p.pattern() != null) parts.forEach(item -> checkPattern(p, item.textValue()));
        return parts;
      }
    }
    if (!value.isArray()) throw invalid(p, "must be an array of strings, got " + describe(raw));
    ArrayNode out = F.arrayNode();
    for (JsonNode item : value) {
      if (item.isTextual()) {
        if (!item.textValue().isBlank()) out.add(item.textValue().strip());
      } else if (item.isIntegralNumber()) {
        out.add(item.bigIntegerValue().toString());
      } else {
        throw invalid(p, "must contain only strings, found " + describe(item));
      }
    }
    if (p.pattern() != null) out.forEach(item -> checkPattern(p, item.textValue()));
    return out;
  }

  private static JsonNode objects(Param p, JsonNode raw) {
    JsonNode value =
        raw.isTextual() ? parse(p, raw.textValue().strip(), "a JSON array of objects") : raw;
    if (value.isObject()) {
      // A single object is a one-element list; agents do this for one participant.
      ArrayNode one = F.arrayNode();
      one.add(value);
      value = one;
    }
    if (!value.isArray()) throw invalid(p, "must be an array of objects, got " + describe(raw));
    int i = 0;
    for (JsonNode item : value) {
      if (!item.isObject()) {
        throw invalid(p, "item " + i + " must be an object, got " + describe(item));
      }
      i++;
    }
    return value;
  }

  private static JsonNode object(Param p, JsonNode raw) {
    JsonNode value = raw.isTextual() ? parse(p, raw.textValue().strip(), "a JSON object") : raw;
    if (!value.isObject()) throw invalid(p, "must be an object, got " + describe(raw));
    return value;
  }

  private static JsonNode flags(Param p, JsonNode raw) {
    JsonNode value = raw;
    if (raw.isTextual()) {
      String text = raw.textValue().strip();
      value =
          text.startsWith("{") || text.startsWith("[")
              ? parse(p, text, "a JSON object of booleans")
              : null;
      if (value == null) {
        ArrayNode names = F.arrayNode();
        for (String part : text.split(",")) {
          if (!part.isBlank()) names.add(part.strip());
        }
        value = names;
      }
    }
    ObjectNode out = F.objectNode();
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (!item.isTextual()) throw invalid(p, "must list flag names, found " + describe(item));
        String flag = flagName(p, item.textValue().strip());
        if (flag != null) out.put(flag, true);
      }
      return out;
    }
    if (!value.isObject()) throw invalid(p, "must be an object of booleans, got " + describe(raw));
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String flag = flagName(p, field.getKey());
      JsonNode v = field.getValue();
      boolean on;
      if (v.isBoolean()) {
        on = v.booleanValue();
      } else if (v.isTextual()
          && (v.textValue().equalsIgnoreCase("true") || v.textValue().equalsIgnoreCase("false"))) {
        on = Boolean.parseBoolean(v.textValue().toLowerCase(Locale.ROOT));
      } else {
        throw invalid(p, "flag '" + field.getKey() + "' must be true or false, got " + describe(v));
      }
      if (flag != null) out.put(flag, on);
    }
    return out;
  }

  /**
   * Matches a flag name in any spelling; "all" is handled by the caller through the returned null.
   */
  private static String flagName(Param p, String given) {
    String wanted = Names.canonical(given);
    for (String flag : p.flagNames()) {
      if (Names.canonical(flag).equals(wanted)) return flag;
    }
    throw invalid(
        p, "has unknown flag '" + given + "'; accepted: " + String.join(", ", p.flagNames()));
  }

  private static JsonNode parse(Param p, String text, String expected) {
    try {
      return PARSER.readTree(text);
    } catch (JsonProcessingException e) {
      String reason = e.getOriginalMessage();
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw invalid(
          p,
          "is not valid JSON (expected "
              + expected
              + "): "
              + abbreviate(reason == null ? "parse error" : reason)
              + where);
    }
  }

  static String describe(JsonNode node) {
    if (node.isTextual()) return "the string \"" + abbreviate(node.textValue()) + "\"";
    if (node.isContainerNode()) return node.isArray() ? "an array" : "an object";
    return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + abbreviate(node.toString());
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
