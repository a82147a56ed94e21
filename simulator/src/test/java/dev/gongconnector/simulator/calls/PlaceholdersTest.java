package dev.gongconnector.simulator.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling gives what one {@code String.replace} per key gives, the first time and cached. */
class PlaceholdersTest {

  private static final List<String> KEYS = List.of("account", "n", "t", "none");
  private static final Map<String, String> VALUES =
      Map.of("account", "Acme", "n", "7", "t", "the price");

  private static String byReplace(String template) {
    String out = template;
    for (Map.Entry<String, String> e : VALUES.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  @Test
  void sameAsReplacingEachKey() {
    Placeholders p = new Placeholders(KEYS.toArray(String[]::new));
    for (int pass = 0; pass < 2; pass++) {
      for (String t :
          new String[] {
            "",
            "no placeholder",
            "{account}",
            "{account} and {account} buy {n} seats",
            "{{account}}",
            "{unknown} stays, {t} goes, {none} has no value",
            "{",
            "}{",
            "open { and {n",
            "{a{n}",
            "{}"
          }) {
        assertThat(p.fill(t, i -> VALUES.get(KEYS.get(i)))).as(t).isEqualTo(byReplace(t));
      }
    }
  }
}
