package dev.gongconnector.client.internal;

import dev.gongconnector.client.InvalidRequestException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation helpers for request builders: each failure names the wire field. */
public final class Check {

  private Check() {}

  /** Fails naming {@code field} when {@code value} is null or blank; returns it stripped. */
  public static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw InvalidRequestException.ofField(field, "is required");
    }
    return value.strip();
  }

  /** Fails when {@code value} is null. */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw InvalidRequestException.ofField(field, "is required");
    }
    return value;
  }

  /** Null for null/blank, else stripped. */
  public static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Fails when the string is longer than {@code max}. */
  public static String maxLength(String value, int max, String field) {
    if (value != null && value.length() > max) {
      throw InvalidRequestException.ofField(
          field, "is " + value.length() + " characters; Gong allows at most " + max);
    }
    return value;
  }

  /** Fails when {@code from} is not before {@code to}. */
  public static void range(
      OffsetDateTime from, OffsetDateTime to, String fromField, String toField) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw InvalidRequestException.ofField(
          toField,
          "must be after "
              + fromField
              + " ("
              + from
              + " .. "
              + to
              + "); "
              + fromField
              + " is inclusive, "
              + toField
              + " exclusive");
    }
  }

  /**
   * A copy of a list of ids: null stays null; blank or null ids and an empty list fail naming the
   * field; duplicates are removed keeping first occurrences.
   */
  public static List<String> ids(Collection<String> ids, String field) {
    if (ids == null) {
      return null;
    }
    if (ids.isEmpty()) {
      throw InvalidRequestException.ofField(
          field, "is empty; leave it out to mean all (Gong refuses an empty list)");
    }
    List<String> out = new ArrayList<>(ids.size());
    Set<String> seen = new HashSet<>();
    int i = 0;
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        throw InvalidRequestException.ofField(field + "[" + i + "]", "is blank");
      }
      if (seen.add(id.strip())) {
        out.add(id.strip());
      }
      i++;
    }
    return List.copyOf(out);
  }

  /** An Instant as an OffsetDateTime in UTC (null stays null). */
  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
