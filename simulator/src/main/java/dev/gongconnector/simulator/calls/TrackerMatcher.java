package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.company.Trackers;
import java.util.ArrayList;
import java.util.List;

/**
 * The company's trackers and which of their phrases each sentence of a conversation says (ignoring
 * case): one pass per sentence for all phrases of all trackers.
 */
final class TrackerMatcher {

  private final List<Trackers.Tracker> trackers;

  /** Bit of each tracker's first phrase in a sentence's matches. */
  private final int[] firstBit;

  private final PhraseMatcher phrases;

  TrackerMatcher(long seed) {
    trackers = Trackers.of(seed);
    firstBit = new int[trackers.size()];
    List<String> all = new ArrayList<>();
    for (int t = 0; t < trackers.size(); t++) {
      firstBit[t] = all.size();
      all.addAll(trackers.get(t).phrases());
    }
    phrases = new PhraseMatcher(all);
  }

  List<Trackers.Tracker> trackers() {
    return trackers;
  }

  /** The phrases each sentence says, in the conversation's order; read with {@link #says}. */
  long[] sentenceMatches(Conversation conv) {
    long[] out = new long[conv.sentenceCount()];
    for (int s = 0; s < out.length; s++) {
      out[s] = phrases.matches(conv.texts(), conv.textStart(s), conv.textEnd(s));
    }
    return out;
  }

  /** Whether a sentence's matches include phrase {@code phrase} of tracker {@code tracker}. */
  boolean says(long matches, int tracker, int phrase) {
    return (matches >>> (firstBit[tracker] + phrase) & 1) != 0;
  }
}
