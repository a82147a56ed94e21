package dev.gongconnector.client.stats;

import dev.gongconnector.client.internal.Check;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The filter of the stats endpoints: days in the company's time zone, {@code fromDate} inclusive,
 * {@code toDate} exclusive and not after today; optionally users by id or by creation time.
 *
 * <pre>{@code
 * StatsFilter.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)).withUserIds(List.of(id))
 * }</pre>
 */
public record StatsFilter(
    LocalDate fromDate,
    LocalDate toDate,
    OffsetDateTime createdFromDateTime,
    OffsetDateTime createdToDateTime,
    List<String> userIds) {

  /**
   * Checks that each range ends after it starts.
   *
   * @param fromDate from date
   * @param toDate to date
   * @param createdFromDateTime created from date time
   * @param createdToDateTime created to date time
   * @param userIds user ids
   */
  public StatsFilter {
    Check.required(fromDate, "filter.fromDate");
    Check.required(toDate, "filter.toDate");
    if (!fromDate.isBefore(toDate)) {
      throw dev.gongconnector.client.InvalidRequestException.ofField(
          "filter.toDate", "must be after filter.fromDate (" + fromDate + " .. " + toDate + ")");
    }
    Check.range(
        createdFromDateTime,
        createdToDateTime,
        "filter.createdFromDateTime",
        "filter.createdToDateTime");
    userIds = Check.ids(userIds, "filter.userIds");
  }

  /**
   * {@return all users' stats for [from, to)}
   *
   * @param from start of the range
   * @param to end of the range
   */
  public static StatsFilter of(LocalDate from, LocalDate to) {
    return new StatsFilter(from, to, null, null, null);
  }

  /**
   * Only these users.
   *
   * @param ids Gong user ids
   * @return the filter
   */
  public StatsFilter withUserIds(List<String> ids) {
    return new StatsFilter(fromDate, toDate, createdFromDateTime, createdToDateTime, ids);
  }

  /**
   * Only users created in [from, to).
   *
   * @param from start of the range
   * @param to end of the range
   * @return the filter
   */
  public StatsFilter withUsersCreated(OffsetDateTime from, OffsetDateTime to) {
    return new StatsFilter(fromDate, toDate, from, to, userIds);
  }
}
