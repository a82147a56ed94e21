package dev.gongconnector.simulator.calls;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The conversations of the calls served last. The connector asks for a page's 100 transcripts right
 * after its extensive data (at most a page or two later): both derive from the call's conversation,
 * which was 40% of the local Gong's CPU, generated twice.
 *
 * <p>Bounded: {@value #CAPACITY} conversations (two and a half pages) of about 66 KB each, about 17
 * MB a company; the oldest goes first. Thread-safe; generation runs outside the lock (two threads
 * may generate the same conversation: the results are equal).
 */
final class RecentConversations {

  static final int CAPACITY = 256;

  private final Map<Long, Conversation> byCallId =
      new LinkedHashMap<>(CAPACITY * 2) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Conversation> eldest) {
          return size() > CAPACITY;
        }
      };

  /** The call's conversation, generated on a miss. */
  Conversation get(SimCall call, Function<SimCall, Conversation> generate) {
    Conversation c;
    synchronized (this) {
      c = byCallId.get(call.id());
    }
    if (c == null) {
      c = generate.apply(call);
      synchronized (this) {
        byCallId.putIfAbsent(call.id(), c);
      }
    }
    return c;
  }
}
