package dev.gongconnector.actions.internal;

import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Params;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Date ranges of actions: validation that the end follows the start, and the documented defaults.
 */
public final class Ranges {

  private Ranges() {}

  /**
   * A range of call start times: {@code from} inclusive, {@code to} exclusive; either may be null.
   */
  public record Range(Instant from, Instant to) {

    /** The range as JSON for the answer, so an agent sees which range was actually read. */
    public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
      com.fasterxml.jackson.databind.node.ObjectNode out = Json.object();
      if (from != null) out.put("from", from.toString());
      if (to != null) out.put("to", to.toString());
      return out;
    }
  }

  /**
   * The range given by {@code from_date}/{@code to_date}, with defaults: the end is now, the start
   * is {@link CommonParams#DEFAULT_RANGE_DAYS} days before the end.
   */
  public static Range withDefaults(Params p) {
    Instant to =
        p.has("to_date") ? p.rangeEnd("to_date") : Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant from =
        p.has("from_date")
            ? p.rangeStart("from_date")
            : to.minus(Duration.ofDays(CommonParams.DEFAULT_RANGE_DAYS));
    check(from, to);
    return new Range(from, to);
  }

  /**
   * The range as given; either end may be null (Gong then reads from the earliest / to the latest
   * call).
   */
  public static Range asGiven(Params p) {
    Instant from = p.has("from_date") ? p.rangeStart("from_date") : null;
    Instant to = p.has("to_date") ? p.rangeEnd("to_date") : null;
    check(from, to);
    return new Range(from, to);
  }

  private static void check(Instant from, Instant to) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidParameterException(
          "to_date", "parameter 'to_date' (" + to + ") must be after 'from_date' (" + from + ")");
    }
  }
}
