package dev.gongconnector.actions.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.Order;
import java.util.Locale;

/**
 * What a bounded answer covered: the order asked for, Gong's total, whether it was cut off and the
 * part of the range its items cover completely, so an agent can tell "the 100 newest of 310" from
 * "all of them".
 */
public final class Coverage {

  private Coverage() {}

  /** The {@code order} parameter as the client's {@link Order}. */
  public static Order order(Params p) {
    return "oldest_first".equals(p.string("order").toLowerCase(Locale.ROOT))
        ? Order.OLDEST_FIRST
        : Order.NEWEST_FIRST;
  }

  /**
   * What a bounded read covered, for an answer record (with {@code @JsonUnwrapped}).
   *
   * @param totalRecords Gong's total for the range, when Gong said
   * @param covered the part of the range every call of which is in the answer
   * @param note what was cut off and how to read the rest (only when truncated)
   */
  public record Report(
      String order,
      Integer totalRecords,
      boolean truncated,
      @JsonInclude(JsonInclude.Include.ALWAYS) Ranges.Range covered,
      String note) {}

  /** The report of {@code read}, collected in {@code order}. */
  public static Report report(Collected<?> read, Order order) {
    String note = null;
    if (read.truncated()) {
      note =
          "Cut off at "
              + read.items().size()
              + " of "
              + read.totalRecords()
              + ": these are the "
              + (order == Order.NEWEST_FIRST ? "most recent" : "earliest")
              + " calls of the range (every call of 'covered' is here); narrow the range, raise the"
              + " maximum or ask for order "
              + (order == Order.NEWEST_FIRST ? "oldest_first" : "newest_first")
              + " for the other end.";
    }
    return new Report(
        order.name().toLowerCase(Locale.ROOT),
        read.totalRecords() >= 0 ? read.totalRecords() : null,
        read.truncated(),
        new Ranges.Range(
            read.coveredFrom() == null ? null : read.coveredFrom().toInstant(),
            read.coveredTo() == null ? null : read.coveredTo().toInstant()),
        note);
  }

  /**
   * Puts {@code order}, {@code totalRecords}, {@code truncated} and {@code covered} on {@code
   * data}.
   */
  public static void describe(ObjectNode data, Collected<?> read, Order order) {
    data.setAll((ObjectNode) Json.mapper().valueToTree(report(read, order)));
  }
}
