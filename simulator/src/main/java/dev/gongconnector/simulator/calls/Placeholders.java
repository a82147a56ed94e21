package dev.gongconnector.simulator.calls;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Fills the {@code {key}} placeholders of template lines. Same result as one {@link String#replace}
 * per key when no value contains a placeholder (none does), at a fraction of the cost: each
 * template is split once into literal parts and keys, then filling is appending.
 */
final class Placeholders {

  /** Templates come from the line banks (a few hundred); beyond this they are split every time. */
  private static final int MAX_CACHED = 4096;

  private final List<String> keys;
  private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

  /** Placeholders named by {@code keys}; the index of a key is its position here. */
  Placeholders(String... keys) {
    this.keys = List.of(keys);
  }

  /**
   * {@code template} with each {@code {key}} replaced by {@code value.apply(index of key)}; unknown
   * keys, and keys whose value is null, stay as they are.
   */
  String fill(String template, IntFunction<String> value) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    Parsed p = parsed.get(template);
    if (p == null) {
      p = parse(template);
      if (parsed.size() < MAX_CACHED) {
        parsed.put(template, p);
      }
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    out.append(p.literals[0]);
    for (int i = 0; i < p.keys.length; i++) {
      String v = value.apply(p.keys[i]);
      if (v == null) {
        out.append('{').append(keys.get(p.keys[i])).append('}');
      } else {
        out.append(v);
      }
      out.append(p.literals[i + 1]);
    }
    return out.toString();
  }

  /** A template split at its known keys: {@code literals[i]}, key {@code i}, ..., last literal. */
  private record Parsed(String[] literals, int[] keys) {}

  private Parsed parse(String template) {
    List<String> literals = new java.util.ArrayList<>();
    List<Integer> at = new java.util.ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int from = 0;
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      int key = close < 0 ? -1 : keys.indexOf(template.substring(open + 1, close));
      if (key < 0) {
        literal.append(template, from, open + 1);
        from = open + 1;
      } else {
        literals.add(literal.append(template, from, open).toString());
        literal.setLength(0);
        at.add(key);
        from = close + 1;
      }
      open = template.indexOf('{', from);
    }
    literals.add(literal.append(template, from, template.length()).toString());
    return new Parsed(
        literals.toArray(String[]::new), at.stream().mapToInt(Integer::intValue).toArray());
  }
}
