package dev.gongconnector.client.stats;

import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.internal.Check;
import java.time.LocalDate;
import java.util.List;

/**
 * Which answered scorecards to list: by call date and/or review date (days in the company's time
 * zone, from inclusive, to exclusive), reviewed users and scorecards. Every part is optional; made
 * with {@link #builder()}.
 */
public record ScorecardFilter(
    LocalDate callFromDate,
    LocalDate callToDate,
    LocalDate reviewFromDate,
    LocalDate reviewToDate,
    List<String> reviewedUserIds,
    List<String> scorecardIds) {

  /**
   * Checks that each range ends after it starts.
   *
   * @param callFromDate call from date
   * @param callToDate call to date
   * @param reviewFromDate review from date
   * @param reviewToDate review to date
   * @param reviewedUserIds reviewed user ids
   * @param scorecardIds scorecard ids
   */
  public ScorecardFilter {
    order(callFromDate, callToDate, "filter.callToDate");
    order(reviewFromDate, reviewToDate, "filter.reviewToDate");
    reviewedUserIds = Check.ids(reviewedUserIds, "filter.reviewedUserIds");
    scorecardIds = Check.ids(scorecardIds, "filter.scorecardIds");
  }

  private static void order(LocalDate from, LocalDate to, String field) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw InvalidRequestException.ofField(field, "must be after the matching from date");
    }
  }

  /**
   * A builder with no filter set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScorecardFilter}. */
  public static final class Builder {
    private LocalDate callFrom;
    private LocalDate callTo;
    private LocalDate reviewFrom;
    private LocalDate reviewTo;
    private List<String> reviewed;
    private List<String> scorecards;

    private Builder() {}

    /**
     * Calls started on days in [from, to); either may be null.
     *
     * @param from start of the range
     * @param to end of the range
     * @return this builder
     */
    public Builder callDates(LocalDate from, LocalDate to) {
      this.callFrom = from;
      this.callTo = to;
      return this;
    }

    /**
     * Reviews published on days in [from, to); either may be null.
     *
     * @param from start of the range
     * @param to end of the range
     * @return this builder
     */
    public Builder reviewDates(LocalDate from, LocalDate to) {
      this.reviewFrom = from;
      this.reviewTo = to;
      return this;
    }

    /**
     * Only answers about these reviewed users.
     *
     * @param ids Gong user ids
     * @return this builder
     */
    public Builder reviewedUserIds(List<String> ids) {
      this.reviewed = ids;
      return this;
    }

    /**
     * Only answers of these scorecards.
     *
     * @param ids scorecard ids
     * @return this builder
     */
    public Builder scorecardIds(List<String> ids) {
      this.scorecards = ids;
      return this;
    }

    /**
     * Builds the filter.
     *
     * @return the filter
     */
    public ScorecardFilter build() {
      return new ScorecardFilter(callFrom, callTo, reviewFrom, reviewTo, reviewed, scorecards);
    }
  }
}
