package dev.gongconnector.simulator.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.simulator.company.Trackers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The automaton answers exactly what lower-casing and {@code contains} per phrase answer. */
class PhraseMatcherTest {

  private static long byContains(List<String> phrases, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    long bits = 0;
    for (int i = 0; i < phrases.size(); i++) {
      if (lower.contains(phrases.get(i).toLowerCase(Locale.ROOT))) {
        bits |= 1L << i;
      }
    }
    return bits;
  }

  @Test
  void overlappingNestedAndRepeatedPhrases() {
    List<String> phrases = List.of("price", "list price", "ice", "pricing", "SSO", "a", "aa", "");
    PhraseMatcher m = new PhraseMatcher(phrases);
    for (String text :
        List.of(
            "",
            "The LIST PRICE is fine",
            "pricpricing",
            "sso and Sso",
            "aaa",
            "no match here?",
            "Ünïcode price İstanbul")) {
      assertThat(m.matches(text)).as(text).isEqualTo(byContains(phrases, text));
    }
  }

  @Test
  void randomTextsOverTheCompanysTrackerPhrases() {
    List<String> phrases = new ArrayList<>();
    Trackers.of(42).forEach(t -> phrases.addAll(t.phrases()));
    PhraseMatcher m = new PhraseMatcher(phrases);
    SplittableRandom rng = new SplittableRandom(1);
    String alphabet = "abcdeilnoprstuACDEILNOPRSTU 2.?'-İıÉ";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = rng.nextInt(60);
      while (sb.length() < len) {
        if (rng.nextInt(8) == 0) {
          sb.append(phrases.get(rng.nextInt(phrases.size())));
        } else {
          sb.append(alphabet.charAt(rng.nextInt(alphabet.length())));
        }
      }
      String text = sb.toString();
      assertThat(m.matches(text)).as(text).isEqualTo(byContains(phrases, text));
    }
  }

  @Test
  void phrasesOutsideAsciiStillMatch() {
    List<String> phrases = List.of("café", "price");
    PhraseMatcher m = new PhraseMatcher(phrases);
    assertThat(m.matches("Le CAFÉ price")).isEqualTo(3L);
    assertThat(m.matches("the price")).isEqualTo(2L);
  }

  @Test
  void aRangeOfATextMatchesAsItsSubstring() {
    List<String> phrases = List.of("price", "list price", "sso", "ï");
    PhraseMatcher m = new PhraseMatcher(phrases);
    String texts = "The list price?SSO and prices.Ünïcode price";
    for (int from = 0; from <= texts.length(); from++) {
      for (int to = from; to <= texts.length(); to++) {
        String cut = texts.substring(from, to);
        assertThat(m.matches(texts, from, to)).as(cut).isEqualTo(byContains(phrases, cut));
      }
    }
  }
}
