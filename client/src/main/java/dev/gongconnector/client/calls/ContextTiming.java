package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * {@code contentSelector.contextTiming}: CRM values as of now and/or as of the call (only with
 * {@code Extended}).
 */
public enum ContextTiming {
  /** CRM values as they are now. */
  NOW("Now"),
  /** CRM values as they were when the call took place. */
  TIME_OF_CALL("TimeOfCall");

  private final String wire;

  ContextTiming(String wire) {
    this.wire = wire;
  }

  /** {@return the value Gong expects on the wire} */
  @JsonValue
  public String wire() {
    return wire;
  }
}
