package dev.gongconnector.actions.params;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Date parsing for action parameters. Gong takes ISO-8601 with an offset or {@code Z}; agents often
 * send a plain date, which we read as a whole UTC day: a range start {@code 2025-01-31} is {@code
 * 2025-01-31T00:00:00Z}, a range end {@code 2025-01-31} is {@code 2025-02-01T00:00:00Z} (Gong's
 * {@code toDateTime} is exclusive, so the end day is included in full).
 */
public final class Dates {

  private Dates() {}

  /**
   * An ISO-8601 date-time with offset or Z (e.g. {@code 2018-02-18T02:30:00-07:00}); nothing else.
   */
  public static OffsetDateTime dateTime(String parameter, String value) {
    String text = value.strip();
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      String hint =
          looksLikeLocalDateTime(text)
              ? " (add a time zone offset such as Z or -08:00)"
              : " (expected ISO-8601 with offset, e.g. 2025-01-13T01:30:00-08:00 or 2025-01-13T09:30:00Z)";
      throw new InvalidParameterException(
          parameter,
          "parameter '"
              + parameter
              + "' is not a valid date-time: '"
              + Coercion.abbreviate(text)
              + "'"
              + hint);
    }
  }

  /** The inclusive start of a range: a date-time with offset, or a plain date at 00:00 UTC. */
  public static Instant rangeStart(String parameter, String value) {
    LocalDate day = plainDate(value);
    return day != null
        ? day.atStartOfDay().toInstant(ZoneOffset.UTC)
        : dateTime(parameter, value).toInstant();
  }

  /**
   * The exclusive end of a range: a date-time with offset, or a plain date meaning the next day
   * 00:00 UTC.
   */
  public static Instant rangeEnd(String parameter, String value) {
    LocalDate day = plainDate(value);
    return day != null
        ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
        : dateTime(parameter, value).toInstant();
  }

  private static LocalDate plainDate(String value) {
    String text = value.strip();
    if (text.length() != 10) return null;
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean looksLikeLocalDateTime(String text) {
    try {
      java.time.LocalDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
