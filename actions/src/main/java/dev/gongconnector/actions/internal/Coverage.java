package dev.gongconnector.actions.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.Order;
import java.time.Instant;
import java.util.Locale;

/**
 * What a bounded answer covered: the order asked for, Gong's total, whether it was cut off and the
 * part of the range its items cover completely, so an agent can tell "the 100 newest of 310" from
 * "all of them".
 */
public final class Coverage {

  private Coverage() {}

  /**
   * The coverage of an answer (its {@code truncated} stays the answer's own): put it in an answer
   * record as {@code @JsonUnwrapped Coverage.View coverage}.
   *
   * @param totalRecords Gong's total of the range, or null when Gong did not say
   * @param covered the part of the range every item of which is in the answer
   * @param note how to read a cut-off answer, or null when nothing was cut
   */
  public record View(
      String order,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer totalRecords,
      @JsonInclude(JsonInclude.Include.ALWAYS) Covered covered,
      String note) {}

  /** The part of a range an answer covers completely. */
  public record Covered(Instant from, Instant to) {}

  /** The {@code order} parameter as the client's {@link Order}. */
  public static Order order(Params p) {
    return "oldest_first".equals(p.string("order").toLowerCase(Locale.ROOT))
        ? Order.OLDEST_FIRST
        : Order.NEWEST_FIRST;
  }

  /** The coverage of {@code read}. */
  public static View view(Collected<?> read, Order order) {
    Covered covered =
        new Covered(
            read.coveredFrom() == null ? null : read.coveredFrom().toInstant(),
            read.coveredTo() == null ? null : read.coveredTo().toInstant());
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
    return new View(
        order.name().toLowerCase(Locale.ROOT),
        read.totalRecords() >= 0 ? read.totalRecords() : null,
        covered,
        note);
  }

  /**
   * Puts {@code order}, {@code totalRecords}, {@code truncated}, {@code covered} and {@code note}
   * on {@code data}.
   */
  public static void describe(ObjectNode data, Collected<?> read, Order order) {
    View v = view(read, order);
    data.put("order", v.order());
    if (v.totalRecords() != null) data.put("totalRecords", v.totalRecords());
    data.put("truncated", read.truncated());
    data.set("covered", Json.tree(v.covered()));
    if (v.note() != null) data.put("note", v.note());
  }
}
