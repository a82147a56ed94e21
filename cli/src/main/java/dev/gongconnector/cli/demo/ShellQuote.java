package dev.gongconnector.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.params.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the {@code gong ...} command line that runs an action with given parameters, quoted for a
 * POSIX shell.
 */
final class ShellQuote {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private ShellQuote() {}

  /** {@code gong get-call --call-id 123 --output table}. */
  static String command(String action, JsonNode params, String... extra) {
    List<String> words = new ArrayList<>(List.of("gong", Names.kebab(action)));
    for (Map.Entry<String, JsonNode> e : params.properties()) {
      String option = "--" + Names.kebab(e.getKey());
      JsonNode value = e.getValue();
      if (value.isBoolean()) {
        words.add(value.asBoolean() ? option : option + "=false");
      } else if (value.isArray() && allSimpleText(value)) {
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asText()));
        words.add(option);
        words.add(quote(String.join(",", items)));
      } else {
        words.add(option);
        words.add(quote(value.isValueNode() ? value.asText() : value.toString()));
      }
    }
    for (String word : extra) words.add(quote(word));
    return String.join(" ", words);
  }

  private static boolean allSimpleText(JsonNode array) {
    for (JsonNode v : array) {
      if (!v.isValueNode() || v.asText().contains(",")) return false;
    }
    return array.size() > 0;
  }

  static String quote(String word) {
    if (!word.isEmpty() && SAFE.matcher(word).matches()) return word;
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
