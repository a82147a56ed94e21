package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * What the stats, scorecard and library endpoints need to know about one call, derived from the
 * same conversation as its extensive data (talk times, trackers, comments), so every answer agrees
 * with {@code /v2/calls/extensive}.
 *
 * @param call the call
 * @param transcribed whether it has a transcript (no transcript: no talk, no trackers)
 * @param stats the host's interaction stats, named as in the call's {@code interactionStats}
 * @param trackerCounts tracker id to the number of times it fired
 * @param managerCommented whether the host's manager left a public comment
 * @param hostReplied whether the host replied to that comment
 * @param topicStarts topic name to {start, end} in seconds of its first stretch
 */
public record CallFacts(
    SimCall call,
    boolean transcribed,
    Map<String, Double> stats,
    Map<String, Integer> trackerCounts,
    boolean managerCommented,
    boolean hostReplied,
    Map<String, int[]> topicStarts) {

  /** Derives the facts of one call. */
  public static CallFacts of(CallStore store, SimCall call) {
    Company company = store.company();
    Conversation conv =
        store.hasTranscript(call) ? store.conversation(call, RecentConversations.Use.OTHER) : null;
    Map<String, Double> stats = new LinkedHashMap<>();
    Map<String, Integer> trackers = new LinkedHashMap<>();
    Map<String, int[]> topics = new LinkedHashMap<>();
    boolean commented = false;
    boolean replied = false;
    if (conv != null) {
      Derived d = conv.derived();
      // The same formulas as InteractionBlock's interactionStats of the call.
      stats.put(
          "Talk Ratio", (double) Math.round(100.0 * d.internalMs / Math.max(1, d.totalTalkMs)));
      stats.put("Longest Monologue", (double) (d.longestInternal / 1000));
      stats.put("Longest Customer Story", (double) (d.longestExternal / 1000));
      stats.put(
          "Interactivity",
          (double) Math.min(10, conv.monologueCount() * 60L / Math.max(1, call.duration())));
      stats.put("Patience", (double) (1 + Math.floorMod(call.contentSeed(), 3)));
      // Questions the company side asked per hour of call (Gong's "Question Rate"; unconfirmed
      // whether Gong counts per hour or per call).
      stats.put(
          "Question Rate",
          Math.round(d.internalQuestions * 3600.0 / Math.max(1, call.duration()) * 10) / 10.0);
      TrackerMatcher matcher = store.trackers();
      long[] said = matcher.sentenceMatches(conv);
      for (int t = 0; t < matcher.trackers().size(); t++) {
        trackers.put(matcher.trackers().get(t).id(), count(matcher, said, t));
      }
      for (int m = 0; m < conv.monologueCount(); m++) {
        topics.putIfAbsent(
            conv.topic(m),
            new int[] {
              (int) (conv.monologueStart(m) / 1000), (int) ((conv.monologueEnd(m) + 999) / 1000)
            });
      }
      // The same draws as InteractionBlock.writeComments.
      SplittableRandom rng = Ids.rng(call.contentSeed(), 17);
      User host = company.user(call.primaryUserId());
      if (conv.monologueCount() > 0
          && host != null
          && host.managerId() != null
          && rng.nextInt(100) < 35) {
        commented = true;
        rng.nextInt(conv.monologueCount());
        Ids.next(rng);
        replied = rng.nextBoolean();
      }
    }
    return new CallFacts(call, conv != null, stats, trackers, commented, replied, topics);
  }

  /** Occurrences of a tracker, counted as the call's extensive data counts them. */
  private static int count(TrackerMatcher matcher, long[] said, int tracker) {
    int n = 0;
    int phrases = matcher.trackers().get(tracker).phrases().size();
    for (long matches : said) {
      for (int k = 0; k < phrases; k++) {
        if (matcher.says(matches, tracker, k)) {
          n++;
        }
      }
    }
    return n;
  }

  /** When the manager's comment was posted (as in the call's publicComments). */
  public long commentPostedMillis() {
    return call.startedMillis() + call.duration() * 1000L + 3_600_000L;
  }

  /** Every call (generated and added) starting in [from, to), oldest first. */
  public static void forEachCall(CallStore store, long fromMs, long toMs, Consumer<SimCall> out) {
    CallFilter f = new CallFilter(fromMs, toMs, null, null, null);
    CallKey after = null;
    while (true) {
      CallStore.PageResult p = store.page(f, after, 1000);
      for (SimCall c : p.calls()) {
        out.accept(c);
      }
      if (!p.more()) {
        return;
      }
      after = p.last();
    }
  }

  /** The calls with these ids that exist, in the given order. */
  public static List<SimCall> find(CallStore store, List<String> ids) {
    List<SimCall> out = new ArrayList<>();
    for (String id : ids) {
      SimCall c = store.find(id);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }
}
