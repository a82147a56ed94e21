package dev.gongconnector.simulator.calls;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The conversations of the calls served last. The connector asks for a page's 100 transcripts right
 * after its extensive data (at most a page or two later): both derive from the call's conversation,
 * which was 40% of the local Gong's CPU, generated twice.
 *
 * <p>A conversation goes once both its extensive data and its transcript were served: kept until
 * the capacity pushed it out, it lived long enough to be copied by young GCs and promoted, only to
 * die in the old generation (a quarter of the run in G1 pauses with four companies). Asked again,
 * it is generated again, equal.
 *
 * <p>Bounded: {@value #CAPACITY} conversations (two and a half pages) of about 40 KB each, about 10
 * MB a company; the oldest goes first. Thread-safe; generation runs outside the lock (two threads
 * may generate the same conversation: the results are equal).
 */
final class RecentConversations {

  static final int CAPACITY = 256;

  /** What a conversation is asked for. */
  enum Use {
    EXTENSIVE,
    TRANSCRIPT,
    /** Anything else (stats, library): kept until the capacity pushes it out. */
    OTHER
  }

  /** A conversation and what it was served for; the flags are guarded by the cache's lock. */
  private static final class Entry {
    final Conversation conversation;
    boolean extensive;
    boolean transcript;

    Entry(Conversation conversation) {
      this.conversation = conversation;
    }
  }

  private final Map<Long, Entry> byCallId =
      new LinkedHashMap<>(CAPACITY * 2) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The call's conversation, generated on a miss. */
  Conversation get(SimCall call, Use use, Function<SimCall, Conversation> generate) {
    synchronized (this) {
      Entry e = byCallId.get(call.id());
      if (e != null) {
        return served(call.id(), e, use);
      }
    }
    Conversation c = generate.apply(call);
    synchronized (this) {
      Entry e = byCallId.computeIfAbsent(call.id(), id -> new Entry(c));
      return served(call.id(), e, use);
    }
  }

  /** Whether a conversation of this call is kept (for tests). */
  synchronized boolean holds(long callId) {
    return byCallId.containsKey(callId);
  }

  private Conversation served(long callId, Entry e, Use use) {
    if (use == Use.EXTENSIVE) {
      e.extensive = true;
    } else if (use == Use.TRANSCRIPT) {
      e.transcript = true;
    }
    if (e.extensive && e.transcript) {
      byCallId.remove(callId);
    }
    return e.conversation;
  }
}
