package dev.gongconnector.actions.internal;

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
   * Puts {@code order}, {@code totalRecords}, {@code truncated} and {@code covered} on {@code
   * data}.
   */
  public static void describe(ObjectNode data, Collected<?> read, Order order) {
    data.put("order", order.name().toLowerCase(Locale.ROOT));
    if (read.totalRecords() >= 0) data.put("totalRecords", read.totalRecords());
    data.put("truncated", read.truncated());
    ObjectNode covered = data.putObject("covered");
    if (read.coveredFrom() != null) covered.put("from", read.coveredFrom().toInstant().toString());
    if (read.coveredTo() != null) covered.put("to", read.coveredTo().toInstant().toString());
    if (read.truncated()) {
      data.put(
          "note",
          "Cut off at "
              + read.items().size()
              + " of "
              + read.totalRecords()
              + ": these are the "
              + (order == Order.NEWEST_FIRST ? "most recent" : "earliest")
              + " calls of the range (every call of 'covered' is here); narrow the range, raise the"
              + " maximum or ask for order "
              + (order == Order.NEWEST_FIRST ? "oldest_first" : "newest_first")
              + " for the other end.");
    }
  }
}
