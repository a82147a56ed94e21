package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code contentSelector.context}: how much CRM context to return with extensive data. */
public enum ContextLevel {
  /** No CRM context (Gong's default). */
  NONE("None"),
  /** Links to external systems. */
  BASIC("Basic"),
  /** Links plus the objects' fields; allows {@link ContextTiming}. */
  EXTENDED("Extended");

  private final String wire;

  ContextLevel(String wire) {
    this.wire = wire;
  }

  /** {@return the value Gong expects on the wire} */
  @JsonValue
  public String wire() {
    return wire;
  }
}
