package dev.gongconnector.simulator.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One pass gives what one {@code String.replace} per key gives. */
class PlaceholdersTest {

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
    for (String t :
        new String[] {
          "",
          "no placeholder",
          "{account}",
          "{account} and {account} buy {n} seats",
          "{{account}}",
          "{unknown} stays, {t} goes",
          "{",
          "}{",
          "open { and {n",
          "{a{n}",
          "{}"
        }) {
      assertThat(Placeholders.fill(t, VALUES::get)).as(t).isEqualTo(byReplace(t));
    }
  }
}
