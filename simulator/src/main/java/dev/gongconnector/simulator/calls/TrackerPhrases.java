package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.company.Trackers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tracker with its phrases lower-cased once: matching is case-insensitive, and lower-casing each
 * phrase for each sentence was a quarter of the local Gong's CPU when serving extensive data.
 *
 * @param tracker the tracker
 * @param lowered its phrases lower-cased, in the order of {@code tracker.phrases()}
 */
record TrackerPhrases(Trackers.Tracker tracker, String[] lowered) {

  /** The company's trackers, in their order. */
  static List<TrackerPhrases> of(long seed) {
    List<TrackerPhrases> out = new ArrayList<>();
    for (Trackers.Tracker t : Trackers.of(seed)) {
      out.add(
          new TrackerPhrases(
              t, t.phrases().stream().map(p -> p.toLowerCase(Locale.ROOT)).toArray(String[]::new)));
    }
    return List.copyOf(out);
  }
}
