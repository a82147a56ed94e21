package dev.gongconnector.simulator.stats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.http.ApiException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Calendar periods of {@code aggregationPeriod}; weeks start on Monday, as Gong documents. */
final class Periods {

  enum Unit {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR
  }

  private Periods() {}

  static Unit unit(JsonNode n) {
    if (n.isTextual()) {
      for (Unit u : Unit.values()) {
        if (u.name().equals(n.textValue())) {
          return u;
        }
      }
    }
    throw ApiException.badRequest(
        "aggregationPeriod: must be one of DAY, WEEK, MONTH, QUARTER, YEAR, got " + n);
  }

  /**
   * Consecutive periods covering [from, to): the first starts at {@code from}, the last ends at
   * {@code to} (Gong: "or the request filter's fromDate/toDate" for the outer periods).
   */
  static List<LocalDate[]> split(LocalDate from, LocalDate to, Unit unit) {
    List<LocalDate[]> out = new ArrayList<>();
    LocalDate start = from;
    while (start.isBefore(to)) {
      LocalDate next = next(start, unit);
      LocalDate end = next.isBefore(to) ? next : to;
      out.add(new LocalDate[] {start, end});
      start = end;
    }
    return out;
  }

  private static LocalDate next(LocalDate d, Unit unit) {
    switch (unit) {
      case DAY:
        return d.plusDays(1);
      case WEEK:
        return d.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      case MONTH:
        return d.withDayOfMonth(1).plusMonths(1);
      case QUARTER:
        return d.withDayOfMonth(1).withMonth((d.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
      default:
        return d.withDayOfYear(1).plusYears(1);
    }
  }
}
