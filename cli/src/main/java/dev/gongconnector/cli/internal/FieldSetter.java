package dev.gongconnector.cli.internal;

import java.util.function.Consumer;
import picocli.CommandLine.Model.ISetter;

/**
 * A picocli setter that stores a parsed value through {@code store}: how options built with the
 * programmatic API write the same fields their annotations declare, without picocli reading the
 * annotations by reflection.
 */
public final class FieldSetter implements ISetter {

  private final Consumer<Object> store;

  private FieldSetter(Consumer<Object> store) {
    this.store = store;
  }

  /** A setter handing each value to {@code store}. */
  public static FieldSetter of(Consumer<Object> store) {
    return new FieldSetter(store);
  }

  @Override
  public <T> T set(T value) {
    store.accept(value);
    return null;
  }
}
