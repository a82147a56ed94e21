package dev.gongconnector.simulator.calls;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;

/**
 * Which of up to 64 phrases a text contains, ignoring case, in one pass over the text: an
 * Aho-Corasick automaton over ASCII. Bit {@code i} of {@link #matches} is set exactly when {@code
 * text.toLowerCase(Locale.ROOT).contains(phrases.get(i).toLowerCase(Locale.ROOT))}; one {@code
 * contains} per phrase and sentence was a quarter of the local Gong's CPU serving extensive data.
 */
final class PhraseMatcher {

  private static final int ASCII = 128;

  private final String[] lowered;

  /** Next state for (state, character): {@code next[state * ASCII + c]}. */
  private final int[] next;

  /** Phrases that end at a state (its own and those of its suffixes). */
  private final long[] ending;

  /** A phrase outside ASCII: every text takes the slow path. */
  private final boolean slowOnly;

  PhraseMatcher(List<String> phrases) {
    if (phrases.size() > 64) {
      throw new IllegalArgumentException("at most 64 phrases, got " + phrases.size());
    }
    lowered = phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    boolean ascii = true;
    int maxStates = 1;
    for (String p : lowered) {
      ascii &= p.chars().allMatch(c -> c < ASCII);
      maxStates += p.length();
    }
    slowOnly = !ascii;
    int[] trie = new int[maxStates * ASCII]; // 0 = no edge (the root is never a child)
    long[] out = new long[maxStates];
    int states = 1;
    for (int i = 0; i < lowered.length && ascii; i++) {
      int s = 0;
      for (char c : lowered[i].toCharArray()) {
        if (trie[s * ASCII + c] == 0) {
          trie[s * ASCII + c] = states++;
        }
        s = trie[s * ASCII + c];
      }
      out[s] |= 1L << i;
    }
    // Breadth first: a state's fallback (longest proper suffix that is a trie state) is known
    // before its children's.
    int[] fallback = new int[states];
    int[] delta = new int[states * ASCII];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(0);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out[s] |= out[fallback[s]];
      for (int c = 0; c < ASCII; c++) {
        int child = trie[s * ASCII + c];
        if (child != 0) {
          fallback[child] = s == 0 ? 0 : delta[fallback[s] * ASCII + c];
          delta[s * ASCII + c] = child;
          queue.add(child);
        } else {
          delta[s * ASCII + c] = s == 0 ? 0 : delta[fallback[s] * ASCII + c];
        }
      }
    }
    next = delta;
    ending = java.util.Arrays.copyOf(out, states);
  }

  /** Bit {@code i} set when the text contains phrase {@code i}, ignoring case. */
  long matches(String text) {
    return matches(text, 0, text.length());
  }

  /** {@link #matches(String)} of {@code text.substring(from, to)}, without cutting it out. */
  long matches(String text, int from, int to) {
    if (slowOnly) {
      return slowMatches(text.substring(from, to));
    }
    long found = ending[0];
    int s = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= ASCII) {
        // Lower-casing outside ASCII may change lengths or map to ASCII: do exactly what the
        // definition says.
        return slowMatches(text.substring(from, to));
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      s = next[s * ASCII + c];
      found |= ending[s];
    }
    return found;
  }

  private long slowMatches(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    long found = 0;
    for (int i = 0; i < lowered.length; i++) {
      if (lower.contains(lowered[i])) {
        found |= 1L << i;
      }
    }
    return found;
  }
}
