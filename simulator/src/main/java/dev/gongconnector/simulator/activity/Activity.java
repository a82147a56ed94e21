package dev.gongconnector.simulator.activity;

import dev.gongconnector.simulator.calls.CallFacts;
import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.Party;
import dev.gongconnector.simulator.calls.SimCall;
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
 * What people did with the calls: hosting, attending, listening, sharing, comments, feedback and
 * scorecards. Derived per call from {@code (seed, call)}: the host's manager reviews some calls
 * with the scorecard of the call's kind, comments where the call's extensive data shows a comment,
 * listens to others. The stats endpoints only aggregate these events, so they agree with each other
 * and with the calls.
 */
public final class Activity {

  /** Events happen at most this long after a call starts (reviews take up to three days). */
  public static final long MAX_DELAY_MS = 5L * 86_400_000L;

  private static final long HOUR = 3_600_000L;

  private final CallStore store;
  private final Company company;
  private final Scorecards scorecards;

  public Activity(CallStore store) {
    this.store = store;
    this.company = store.company();
    this.scorecards = new Scorecards(company);
  }

  public Scorecards scorecards() {
    return scorecards;
  }

  public Company company() {
    return company;
  }

  public CallStore store() {
    return store;
  }

  /** The events and the answered scorecard (or null) of one call. */
  public record CallActivity(CallFacts facts, List<Event> events, AnsweredScorecard scorecard) {}

  /** Most generated calls whose activity is kept (deriving it builds the whole conversation). */
  private static final int CACHE_SIZE = 20_000;

  private final Map<Long, CallActivity> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CallActivity> e) {
          return size() > CACHE_SIZE;
        }
      };

  /**
   * One call's activity. Generated calls never change, so theirs is cached; an added call's changes
   * when its media arrives, so it is derived each time.
   */
  public CallActivity of(SimCall call) {
    if (store.isAdded(call.idString())) {
      return derive(call);
    }
    synchronized (cache) {
      CallActivity a = cache.get(call.id());
      if (a != null) {
        return a;
      }
    }
    CallActivity a = derive(call);
    synchronized (cache) {
      cache.put(call.id(), a);
    }
    return a;
  }

  private CallActivity derive(SimCall call) {
    CallFacts f = CallFacts.of(store, call);
    User host = company.user(call.primaryUserId());
    String manager = host == null ? null : host.managerId();
    long end = call.startedMillis() + call.duration() * 1000L;
    Map<String, Event> ev = new LinkedHashMap<>();
    add(ev, call.primaryUserId(), Kind.callsAsHost, call, call.startedMillis());
    for (Party p : call.parties()) {
      if (p.userId() != null && !p.userId().equals(call.primaryUserId())) {
        add(ev, p.userId(), Kind.callsAttended, call, call.startedMillis());
      }
    }
    SplittableRandom rng = Ids.rng(call.contentSeed(), 41);
    AnsweredScorecard answered = null;
    if (f.managerCommented()) {
      long t = f.commentPostedMillis();
      add(ev, manager, Kind.callsCommentsGiven, call, t);
      add(ev, call.primaryUserId(), Kind.callsCommentsReceived, call, t);
      add(ev, manager, Kind.callsGaveFeedback, call, t);
      add(ev, call.primaryUserId(), Kind.callsReceivedFeedback, call, t);
      add(ev, manager, Kind.othersCallsListenedTo, call, t - HOUR / 2);
      if (f.hostReplied()) {
        add(ev, call.primaryUserId(), Kind.callsCommentsGiven, call, t + HOUR);
      }
    }
    Scorecards.Scorecard card = scorecards.forCall(call.scenario(), call.workspaceId());
    if (card != null && f.transcribed() && manager != null && rng.nextInt(100) < 30) {
      long t = end + (2 + rng.nextInt(70)) * HOUR;
      answered = answer(rng, call, card, f, manager, t);
      add(ev, manager, Kind.othersCallsListenedTo, call, t - HOUR);
      add(ev, manager, Kind.callsScorecardsFilled, call, t);
      add(ev, call.primaryUserId(), Kind.callsScorecardsReceived, call, t);
      add(ev, manager, Kind.callsGaveFeedback, call, t);
      add(ev, call.primaryUserId(), Kind.callsReceivedFeedback, call, t);
      add(ev, manager, Kind.callsMarkedAsFeedbackGiven, call, t);
      add(ev, call.primaryUserId(), Kind.callsMarkedAsFeedbackReceived, call, t);
    } else if (manager != null && f.transcribed() && rng.nextInt(100) < 20) {
      add(ev, manager, Kind.othersCallsListenedTo, call, end + (1 + rng.nextInt(47)) * HOUR);
    }
    if (f.transcribed() && rng.nextInt(100) < 25) {
      add(
          ev,
          call.primaryUserId(),
          Kind.ownCallsListenedTo,
          call,
          end + (1 + rng.nextInt(23)) * HOUR);
    }
    if (f.transcribed() && manager != null && rng.nextInt(100) < 8) {
      add(ev, call.primaryUserId(), Kind.callsRequestedFeedback, call, end + HOUR / 2);
    }
    if (f.transcribed() && rng.nextInt(100) < 10) {
      add(ev, call.primaryUserId(), Kind.callsSharedInternally, call, end + 2 * HOUR);
    }
    if (f.transcribed() && call.account() != null && rng.nextInt(100) < 4) {
      add(ev, call.primaryUserId(), Kind.callsSharedExternally, call, end + 3 * HOUR);
    }
    return new CallActivity(f, List.copyOf(ev.values()), answered);
  }

  /** Keeps the first time of each (user, kind) on a call: a call counts once per activity. */
  private static void add(Map<String, Event> ev, String user, Kind k, SimCall c, long t) {
    if (user != null) {
      ev.putIfAbsent(user + "|" + k, new Event(user, k, c.id(), t));
    }
  }

  private AnsweredScorecard answer(
      SplittableRandom rng,
      SimCall call,
      Scorecards.Scorecard card,
      CallFacts f,
      String reviewer,
      long t) {
    // A talk ratio near 45% scores best, as coaching guides suggest; the rest is the reviewer's
    // judgement.
    double ratio = f.stats().getOrDefault("Talk Ratio", 50.0);
    int base = ratio < 35 || ratio > 65 ? 2 : ratio < 40 || ratio > 55 ? 3 : 4;
    List<Integer> answers = new ArrayList<>();
    for (Scorecards.Question q : card.questions()) {
      if (q.type().equals("RANGE")) {
        answers.add(Math.max(1, Math.min(5, base + rng.nextInt(3) - 1)));
      } else {
        answers.add(base >= 4 ? 1 : base == 3 ? 2 : 3);
      }
    }
    return new AnsweredScorecard(
        Ids.next(rng),
        card,
        call.id(),
        call.startedMillis(),
        call.primaryUserId(),
        reviewer,
        t,
        List.copyOf(answers));
  }

  /**
   * Every call whose activity can fall in [fromMs, toMs): the calls starting up to {@link
   * #MAX_DELAY_MS} before it. Callers filter events by time.
   */
  public void forEachCallNear(long fromMs, long toMs, Consumer<CallActivity> out) {
    long from = fromMs == Long.MIN_VALUE ? fromMs : fromMs - MAX_DELAY_MS;
    CallFacts.forEachCall(store, from, toMs, c -> out.accept(of(c)));
  }

  /** The activity of every call starting in [fromMs, toMs). */
  public void forEachCall(long fromMs, long toMs, Consumer<CallActivity> out) {
    CallFacts.forEachCall(store, fromMs, toMs, c -> out.accept(of(c)));
  }

  /** Events in [fromMs, toMs). */
  public List<Event> events(long fromMs, long toMs) {
    List<Event> out = new ArrayList<>();
    forEachCallNear(
        fromMs,
        toMs,
        a -> {
          for (Event e : a.events()) {
            if (e.millis() >= fromMs && e.millis() < toMs) {
              out.add(e);
            }
          }
        });
    return out;
  }
}
