package dev.gongconnector.client.stats;

/** Calendar period of {@code aggregate-by-period}; Gong's weeks start on Monday. */
public enum AggregationPeriod {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR
}
