package dev.gongconnector.actions.params;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one raw value into the canonical JSON shape of its parameter, accepting the spellings
 * agents and command lines send (numbers and arrays inside strings), and checks enums and bounds.
 */
final class Coercion {

  /**
   * Strict on purpose: a key given twice or text after the JSON value is a mistake to report, not
   * to resolve silently (last-wins, ignored tail).
   */
  private static final ObjectMapper PARSER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Longest text accepted for one value (a participants JSON, a custom_data blob). */
  static final int MAX_TEXT = 1_000_000;

  /** Most items accepted in one array (ids, keywords, participants). */
  static final int MAX_ITEMS = 10_000;

  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,30}");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]{1,30}(\\.[0-9]{0,30})?|\\.[0-9]{1,30})([eE][+-]?[0-9]{1,4})?");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Coercion() {}

  static JsonNode coerce(Param p, JsonNode raw) {
    if (raw.isTextual() && raw.textValue().length() > MAX_TEXT) {
      throw invalid(
          p,
          "is "
              + raw.textValue().length()
              + " characters long; at most "
              + MAX_TEXT
              + " are allowed");
    }
    if (raw.isArray() && raw.size() > MAX_ITEMS) {
      throw invalid(p, "has " + raw.size() + " items; at most " + MAX_ITEMS + " are allowed");
    }
    switch (p.type()) {
      case STRING:
        return checkString(p, string(p, raw));
      case INTEGER:
        return integer(p, raw);
      case NUMBER:
        return number(p, raw);
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
    if (raw.isTextual()) return TextNode.valueOf(unquote(raw.textValue()));
    // Ids are strings of up to 20 digits; an agent may send one as a JSON number.
    if (raw.isIntegralNumber()) return TextNode.valueOf(exactInteger(p, raw));
    throw invalid(p, "must be a string, got " + describe(raw));
  }

  /** Integers above this may have been rounded by the sender (a JavaScript number is a double). */
  static final BigInteger MAX_EXACT = BigInteger.ONE.shiftLeft(53);

  /**
   * The digits of a JSON integer, only when every JSON client represents it exactly (below 2^53). A
   * larger one may already be another number (7944445139660746967 arrives from JavaScript as
   * 7944445139660747000), so it is refused rather than turned into an id that is not the caller's.
   */
  private static String exactInteger(Param p, JsonNode raw) {
    BigInteger value = raw.bigIntegerValue();
    if (value.abs().compareTo(MAX_EXACT) >= 0) {
      throw invalid(
          p,
          "got the JSON number "
              + value
              + ", too large to be exact in JSON (2^53 and above are rounded by many clients);"
              + " send ids as strings, e.g. \""
              + value
              + "\"");
    }
    return value.toString();
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
    BigInteger value = null;
    if (raw.isIntegralNumber()) {
      value = raw.bigIntegerValue();
    } else if (raw.isNumber() && raw.decimalValue().stripTrailingZeros().scale() <= 0) {
      value = raw.decimalValue().toBigInteger();
    } else if (raw.isTextual()) {
      // ASCII digits only: Long.parseLong also takes other scripts' digits (e.g. Arabic-Indic).
      String text = unquote(raw.textValue()).strip();
      if (INTEGER.matcher(text).matches()) value = new BigInteger(text);
    }
    if (value == null) throw invalid(p, "must be a whole number, got " + describe(raw));
    checkRange(p, new BigDecimal(value), value.toString());
    if (value.bitLength() > 63) {
      throw invalid(p, "is out of range, got " + abbreviate(value.toString()));
    }
    return LongNode.valueOf(value.longValue());
  }

  private static JsonNode number(Param p, JsonNode raw) {
    if (raw.isNumber()) return checkRange(p, raw);
    if (raw.isTextual()) {
      String text = unquote(raw.textValue()).strip();
      if (DECIMAL.matcher(text).matches())
        return checkRange(p, DecimalNode.valueOf(new BigDecimal(text)));
    }
    throw invalid(p, "must be a number, got " + describe(raw));
  }

  private static JsonNode checkRange(Param p, JsonNode value) {
    checkRange(p, value.decimalValue(), value.asText());
    return value;
  }

  private static void checkRange(Param p, BigDecimal value, String shown) {
    if (p.minimum() != null && value.compareTo(new BigDecimal(p.minimum().toString())) < 0) {
      throw invalid(p, "must be at least " + p.minimum() + ", got " + abbreviate(shown));
    }
    if (p.maximum() != null && value.compareTo(new BigDecimal(p.maximum().toString())) > 0) {
      throw invalid(p, "must be at most " + p.maximum() + ", got " + abbreviate(shown));
    }
  }

  private static JsonNode bool(Param p, JsonNode raw) {
    if (raw.isBoolean()) return raw;
    if (raw.isTextual()) {
      switch (unquote(raw.textValue()).strip().toLowerCase(Locale.ROOT)) {
        case "true":
        case "yes":
        case "y":
        case "on":
        case "1":
          return BooleanNode.TRUE;
        case "false":
        case "no":
        case "n":
        case "off":
        case "0":
          return BooleanNode.FALSE;
        default:
          break;
      }
    }
    throw invalid(p, "must be true or false, got " + describe(raw));
  }

  private static JsonNode strings(Param p, JsonNode raw) {
    ArrayNode out = F.arrayNode();
    if (raw.isArray()) {
      // Texts inside an array (a repeated command-line option) each read like a text given alone.
      for (JsonNode item : raw) {
        if (item.isTextual()) addStrings(p, out, textItems(p, item.textValue()));
        else addStrings(p, out, List.of(item));
      }
    } else if (raw.isTextual()) {
      addStrings(p, out, textItems(p, raw.textValue()));
    } else if (raw.isIntegralNumber()) {
      addStrings(p, out, List.of(raw)); // one id sent as a bare number
    } else {
      throw invalid(p, "must be an array of strings, got " + describe(raw));
    }
    if (out.size() > MAX_ITEMS) {
      throw invalid(p, "has " + out.size() + " items; at most " + MAX_ITEMS + " are allowed");
    }
    if (p.pattern() != null) out.forEach(item -> checkPattern(p, item.textValue()));
    return out;
  }

  /** A text holding a JSON array, or comma-separated items (each may be a quoted string). */
  private static List<JsonNode> textItems(Param p, String text) {
    String stripped = text.strip();
    List<JsonNode> items = new ArrayList<>();
    if (stripped.startsWith("[")) {
      parse(p, stripped, "a JSON array of strings").forEach(items::add);
    } else {
      for (String part : stripped.split(",")) items.add(TextNode.valueOf(unquote(part)));
    }
    return items;
  }

  private static void addStrings(Param p, ArrayNode out, List<JsonNode> items) {
    for (JsonNode item : items) {
      if (item.isTextual()) {
        if (!item.textValue().isBlank()) out.add(item.textValue().strip());
      } else if (item.isIntegralNumber()) {
        out.add(exactInteger(p, item));
      } else {
        throw invalid(p, "must contain only strings, found " + describe(item));
      }
    }
  }

  /** Removes one level of JSON string quotes: {@code "a b"} (with the quotes) is {@code a b}. */
  static String unquote(String value) {
    String trimmed = value.strip();
    if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
      try {
        JsonNode node = PARSER.readTree(trimmed);
        if (node.isTextual()) return node.textValue();
      } catch (JsonProcessingException e) {
        // not one JSON string: keep the text as given
      }
    }
    return value;
  }

  private static JsonNode objects(Param p, JsonNode raw) {
    JsonNode value = objectList(p, raw);
    if (value.isArray() && raw.isArray()) {
      // Texts inside an array (a repeated command-line option) each hold objects or a list of them.
      ArrayNode all = F.arrayNode();
      for (JsonNode item : value) {
        JsonNode part = item.isTextual() ? objectList(p, item) : item;
        if (part.isArray()) all.addAll((ArrayNode) part);
        else all.add(part);
      }
      value = all;
    }
    if (!value.isArray()) throw invalid(p, "must be an array of objects, got " + describe(raw));
    if (value.size() > MAX_ITEMS) {
      throw invalid(p, "has " + value.size() + " items; at most " + MAX_ITEMS + " are allowed");
    }
    int i = 0;
    for (JsonNode item : value) {
      if (!item.isObject()) {
        throw invalid(p, "item " + i + " must be an object, got " + describe(item));
      }
      i++;
    }
    return value;
  }

  /** A text parsed as JSON; a single object is a one-element list (agents send one participant). */
  private static JsonNode objectList(Param p, JsonNode raw) {
    JsonNode value =
        raw.isTextual() ? parse(p, raw.textValue().strip(), "a JSON array of objects") : raw;
    if (!value.isObject()) return value;
    ArrayNode one = F.arrayNode();
    one.add(value);
    return one;
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
        // "topics,brief" inside a list: a repeated command-line option names several at once.
        for (String part : item.textValue().split(",")) {
          if (!part.isBlank()) out.put(flagName(p, part.strip()), true);
        }
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
