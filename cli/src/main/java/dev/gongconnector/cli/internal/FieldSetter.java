package dev.gongconnector.cli.internal;

import java.util.function.Consumer;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

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

  /**
   * An option {@code name} of {@code type} (a primitive class for int and boolean) whose parsed
   * value goes to {@code store}; {@code initial} is the field's value now, which picocli restores
   * before parsing, as with an annotated field.
   */
  @SuppressWarnings("unchecked")
  public static <T> OptionSpec.Builder option(
      String name, String label, Class<?> type, T initial, Consumer<T> store) {
    return OptionSpec.builder(name)
        .paramLabel(label)
        .type(type)
        .initialValue(initial)
        // A cast, not a lambda: this class implements a picocli (Java 5 bytecode) interface, and
        // the
        // start-up archive holds no lambda made in such a class, so the lambda was spun at every
        // start. The cast is unchecked either way: picocli converted the value to type already.
        .setter(of((Consumer<Object>) (Consumer<?>) store));
  }

  @Override
  public <T> T set(T value) {
    store.accept(value);
    return null;
  }
}
