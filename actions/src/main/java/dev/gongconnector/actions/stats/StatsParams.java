package dev.gongconnector.actions.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.internal.Counts;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.stats.StatsFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The day range and user filter the stats actions share. Gong's stats take days in the company's
 * time zone with an exclusive {@code toDate} that must not be after today; here {@code to_date} is
 * inclusive like every other action's (sent as the next day), and the default range is the 30 days
 * before today.
 */
final class StatsParams {

  static final Param FROM =
      Param.string(
              "from_date",
              "First day (YYYY-MM-DD, the company's time zone), inclusive. Default: 30 days before"
                  + " today.")
          .withFormat("date");
  static final Param TO =
      Param.string(
              "to_date",
              "Last day (YYYY-MM-DD), inclusive; at most yesterday (Gong computes stats daily)."
                  + " Default: yesterday.")
          .withFormat("date");
  static final Param USER_IDS =
      Param.strings("user_ids", "Only these Gong user ids (default: every user).").gongId();
  static final Param MAX_RESULTS =
      Param.integer("max_results", "Most users to return (default 100).")
          .withDefault(100)
          .withRange(1, 10_000)
          .withAliases("limit");

  private StatsParams() {}

  static List<Param> all() {
    return List.of(FROM, TO, USER_IDS, MAX_RESULTS);
  }

  /** The filter of the request: validated range, users. */
  static StatsFilter filter(Params p, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate to = p.has("to_date") ? day(p, "to_date") : today.minusDays(1);
    LocalDate from = p.has("from_date") ? day(p, "from_date") : to.minusDays(29);
    if (to.isBefore(from)) {
      throw new InvalidParameterException(
          "to_date", "to_date " + to + " is before from_date " + from);
    }
    if (!to.isBefore(today)) {
      throw new InvalidParameterException(
          "to_date",
          "to_date must be before today (" + today + "): Gong has stats up to yesterday");
    }
    StatsFilter f = StatsFilter.of(from, to.plusDays(1));
    return p.has("user_ids") ? f.withUserIds(p.strings("user_ids")) : f;
  }

  static LocalDate day(Params p, String name) {
    String v = p.string(name).strip();
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          name, name + " must be a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  /**
   * The answer of a stats action: the day range read (to inclusive), one item per user as Gong
   * sends it, and the counts.
   */
  record Answer(
      LocalDate fromDate,
      LocalDate toDate,
      @JsonInclude(JsonInclude.Include.ALWAYS) List<?> users,
      @JsonUnwrapped Counts counts) {}

  static Answer answer(StatsFilter f, Collected<?> read) {
    return new Answer(f.fromDate(), f.toDate().minusDays(1), read.items(), Counts.of(read));
  }
}
