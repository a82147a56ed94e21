package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.http.ApiException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Validation helpers shared by the call endpoints; every failure is a 400 naming the field. */
public final class Params {

  private Params() {}

  /**
   * Parsed dates by text: paging repeats the same bounds on every page, and java.time parsing is
   * slow.
   */
  private static final java.util.Map<String, Long> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Parses an ISO-8601 date-time with {@code Z} or an offset, e.g. {@code
   * 2018-02-18T02:30:00-07:00}.
   */
  public static long isoMillis(String field, String value) {
    Long cached = PARSED.get(value);
    if (cached != null) {
      return cached;
    }
    try {
      long ms =
          OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
              .toInstant()
              .toEpochMilli();
      if (PARSED.size() < 4096 && value.length() < 64) {
        PARSED.put(value, ms);
      }
      return ms;
    } catch (DateTimeParseException | ArithmeticException e) {
      throw ApiException.badRequest(
          field
              + ": '"
              + shorten(value)
              + "' is not an ISO-8601 date-time with an offset, e.g. 2018-02-18T08:00:00Z");
    }
  }

  /**
   * The 400 of a listing without {@code filter}; hints that {@code {}} there means "everything".
   */
  public static final String FILTER_MISSING =
      "filter: required field is missing (send at least \"filter\": {})";

  /**
   * The {@code filter} object of a POST body; a 400 {@code whenMissing} when it is absent or null,
   * a 400 when it is not an object.
   */
  public static JsonNode filter(JsonNode body, String whenMissing) {
    JsonNode filter = body.get("filter");
    if (filter == null || filter.isNull()) {
      throw ApiException.badRequest(whenMissing);
    }
    if (!filter.isObject()) {
      throw ApiException.badRequest("filter: must be a JSON object");
    }
    return filter;
  }

  /** A string field of a JSON object, or null when absent or null; 400 when it has another type. */
  public static String text(JsonNode obj, String field, String path) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiException.badRequest(path + ": must be a string");
    }
    return n.textValue();
  }

  /** An id list: array of strings (digits); null when absent. */
  public static Set<String> idList(JsonNode obj, String field, String path) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isArray()) {
      throw ApiException.badRequest(path + ": must be an array of id strings");
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode e : n) {
      String v = e.isTextual() ? e.textValue() : e.isIntegralNumber() ? e.asText() : null;
      if (v == null || !isId(v)) {
        throw ApiException.badRequest(
            path + ": each entry must be a numeric id string, got " + shorten(e.toString()));
      }
      out.add(v);
    }
    return out;
  }

  /** Whether {@code v} looks like a Gong id (1..20 digits). */
  public static boolean isId(String v) {
    if (v.isEmpty() || v.length() > 20) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  public static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
