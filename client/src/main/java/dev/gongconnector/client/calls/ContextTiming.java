package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code contentSelector.contextTiming}: CRM values as of now and/or as of the call (only with
 * {@code Extended}).
 */
public enum ContextTiming {
  NOW("Now"),
  TIME_OF_CALL("TimeOfCall");

  private final String wire;

  ContextTiming(String wire) {
    this.wire = wire;
  }

  /** The value Gong expects on the wire. */
  @JsonValue
  public String wire() {
    return wire;
  }
}
