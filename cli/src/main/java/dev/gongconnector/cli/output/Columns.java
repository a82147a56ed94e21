package dev.gongconnector.cli.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a row type: its record components in order, under their JSON names; a nested
 * record becomes {@code a.b} columns (two levels, as {@link Rows#flattened()} flattens objects), an
 * unwrapped one its own columns.
 */
final class Columns {

  private Columns() {}

  static List<String> of(Class<? extends Record> row) {
    List<String> out = new ArrayList<>();
    add("", row, 0, out);
    return out;
  }

  private static void add(String prefix, Class<?> type, int depth, List<String> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      // Jackson's annotations reach the accessor, not the component.
      JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
      String name = renamed == null || renamed.value().isEmpty() ? c.getName() : renamed.value();
      Class<?> t = c.getType();
      if (t.isRecord() && c.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
        add(prefix, t, depth, out);
      } else if (t.isRecord() && depth < 2) {
        add(prefix + name + ".", t, depth + 1, out);
      } else {
        out.add(prefix + name);
      }
    }
  }
}
