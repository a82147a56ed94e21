package dev.gongconnector.client.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null-tolerant list copies for wire records: Gong may omit an array or send nulls in it. */
public final class Lists {

  private Lists() {}

  /** An unmodifiable copy without null elements; an empty list for null. */
  public static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    // Not list.contains(null): immutable lists throw on a null argument.
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
