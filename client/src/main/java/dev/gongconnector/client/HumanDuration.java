package dev.gongconnector.client;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as people and scripts write it: {@code 10s}, {@code 90s}, {@code 2m}, {@code
 * 1h}, {@code 500ms} or ISO-8601 ({@code PT30S}); used for the retry budget ({@link
 * GongClient.Builder#retryBudget}) and other settings given as text.
 */
public final class HumanDuration {

  /** The longest duration accepted: a day (more is a typo, not a plan). */
  public static final Duration MAX = Duration.ofDays(1);

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min|h)");

  private HumanDuration() {}

  /**
   * The duration {@code text} says; an {@link InvalidRequestException} naming {@code source} (a
   * flag or variable) when it is not a positive duration of at most a day.
   *
   * @param text the duration as written, e.g. {@code 90s}
   * @param source the flag or variable it came from, for the error message
   * @return the duration
   */
  public static Duration parse(String text, String source) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Duration d = null;
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d =
          switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m", "min" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
          };
    } else if (t.startsWith("pt") || t.startsWith("p")) {
      try {
        d = Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        d = null;
      }
    }
    if (d == null) {
      throw InvalidRequestException.ofField(
          source,
          "not a duration: '"
              + (t.length() > 40 ? t.substring(0, 40) + "..." : t)
              + "' (e.g. 10s, 2m, 1h, 500ms or PT30S)");
    }
    if (d.isZero() || d.isNegative() || d.compareTo(MAX) > 0) {
      throw InvalidRequestException.ofField(
          source, "must be more than 0 and at most 24h, was '" + t + "'");
    }
    return d;
  }
}
