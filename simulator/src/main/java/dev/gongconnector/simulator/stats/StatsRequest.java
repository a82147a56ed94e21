package dev.gongconnector.simulator.stats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.calls.Params;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.http.ApiException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body shared by the stats endpoints: {@code {cursor, filter{fromDate, toDate,
 * createdFromDateTime, createdToDateTime, userIds}}}. Dates are days in the company's time zone,
 * which for the generated company is UTC.
 */
record StatsRequest(LocalDate from, LocalDate to, List<User> users, String cursor) {

  /** The company's time zone (Gong reports it as {@code timeZone}). */
  static final ZoneOffset ZONE = ZoneOffset.UTC;

  long fromMillis() {
    return from.atStartOfDay().toInstant(ZONE).toEpochMilli();
  }

  long toMillis() {
    return to.atStartOfDay().toInstant(ZONE).toEpochMilli();
  }

  static StatsRequest parse(JsonNode body, Company company, LocalDate today) {
    JsonNode filter = Params.filter(body, "filter: required field is missing");
    LocalDate from = date(filter, "fromDate");
    LocalDate to = date(filter, "toDate");
    if (!from.isBefore(to)) {
      throw ApiException.badRequest(
          "filter.toDate: must be after filter.fromDate (fromDate inclusive, toDate exclusive)");
    }
    if (to.isAfter(today.plusDays(1))) {
      throw ApiException.badRequest("filter.toDate: must not be after the current day");
    }
    String cf = Params.text(filter, "createdFromDateTime", "filter.createdFromDateTime");
    String ct = Params.text(filter, "createdToDateTime", "filter.createdToDateTime");
    long cfMs = cf == null ? Long.MIN_VALUE : Params.isoMillis("filter.createdFromDateTime", cf);
    long ctMs = ct == null ? Long.MAX_VALUE : Params.isoMillis("filter.createdToDateTime", ct);
    Set<String> ids = Params.idList(filter, "userIds", "filter.userIds");
    List<User> users = new ArrayList<>();
    if (ids != null) {
      for (String id : ids) {
        User u = company.user(id);
        if (u == null || u.avatar()) {
          throw ApiException.notFound("User not found: " + id);
        }
      }
    }
    for (User u : company.users()) {
      if ((ids == null || ids.contains(u.id()))
          && u.createdMillis() >= cfMs
          && u.createdMillis() < ctMs) {
        users.add(u);
      }
    }
    return new StatsRequest(from, to, users, Params.text(body, "cursor", "cursor"));
  }

  static LocalDate date(JsonNode filter, String field) {
    String v = Params.text(filter, field, "filter." + field);
    if (v == null) {
      throw ApiException.badRequest("filter." + field + ": required field is missing (YYYY-MM-DD)");
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "filter."
              + field
              + ": '"
              + Params.shorten(v)
              + "' is not a date in the format YYYY-MM-DD");
    }
  }
}
