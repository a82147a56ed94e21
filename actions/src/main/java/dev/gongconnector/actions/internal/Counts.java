package dev.gongconnector.actions.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.client.Collected;

/**
 * The counts every bounded list answer carries next to its list, written in one place: put it in an
 * answer record as {@code @JsonUnwrapped Counts counts} after the list.
 *
 * @param count how many items the answer holds
 * @param totalRecords how many Gong has (its {@code totalRecords}), or null when Gong did not say
 *     or the items were filtered here
 * @param truncated whether more exist than the answer holds
 */
public record Counts(
    int count, @JsonInclude(JsonInclude.Include.NON_NULL) Integer totalRecords, boolean truncated) {

  /** The counts of what the client collected. */
  public static Counts of(Collected<?> read) {
    return new Counts(
        read.items().size(),
        read.totalRecords() < 0 ? null : read.totalRecords(),
        read.truncated());
  }

  /** Counts without Gong's total (a list filtered or cut here). */
  public static Counts of(int count, boolean truncated) {
    return new Counts(count, null, truncated);
  }
}
