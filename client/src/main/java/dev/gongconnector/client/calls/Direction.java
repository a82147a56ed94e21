package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.gongconnector.client.InvalidRequestException;

/** The direction of a call being added ({@code direction} of {@code POST /v2/calls}). */
public enum Direction {
  /** The customer called in. */
  INBOUND("Inbound"),
  /** The company called out. */
  OUTBOUND("Outbound"),
  /** A conference (web) meeting. */
  CONFERENCE("Conference"),
  /** Direction not known. */
  UNKNOWN("Unknown");

  private final String wire;

  Direction(String wire) {
    this.wire = wire;
  }

  /** {@return the value Gong expects on the wire} */
  @JsonValue
  public String wire() {
    return wire;
  }

  /**
   * Parses Gong's spelling, case-insensitively ({@code Outbound}, {@code outbound}).
   *
   * @param value a direction as Gong spells it, in any case
   * @return the direction
   */
  public static Direction parse(String value) {
    for (Direction d : values()) {
      if (d.wire.equalsIgnoreCase(value == null ? "" : value.strip())) {
        return d;
      }
    }
    throw InvalidRequestException.ofField(
        "direction", "must be Inbound, Outbound, Conference or Unknown, was '" + value + "'");
  }
}
