package dev.gongconnector.client.stats;

/** Calendar period of {@code aggregate-by-period}; Gong's weeks start on Monday. */
public enum AggregationPeriod {
  /** One row per day. */
  DAY,
  /** One row per week, from Monday. */
  WEEK,
  /** One row per calendar month. */
  MONTH,
  /** One row per calendar quarter. */
  QUARTER,
  /** One row per calendar year. */
  YEAR
}
