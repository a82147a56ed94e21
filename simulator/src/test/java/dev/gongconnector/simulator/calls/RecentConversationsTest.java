package dev.gongconnector.simulator.calls;

import static dev.gongconnector.simulator.calls.RecentConversations.Use.EXTENSIVE;
import static dev.gongconnector.simulator.calls.RecentConversations.Use.OTHER;
import static dev.gongconnector.simulator.calls.RecentConversations.Use.TRANSCRIPT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.simulator.company.Company;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A conversation is generated once for its extensive data and transcript, then let go. */
class RecentConversationsTest {

  private final CallStore store =
      new CallStore(new Company(7, Instant.parse("2026-01-05T00:00:00Z"), 50), 300);
  private final RecentConversations recent = new RecentConversations();
  private final AtomicInteger generated = new AtomicInteger();

  private Conversation get(SimCall call, RecentConversations.Use use) {
    return recent.get(
        call,
        use,
        c -> {
          generated.incrementAndGet();
          return ConversationGenerator.generate(c, store.company());
        });
  }

  @Test
  void goesOnceBothItsExtensiveDataAndItsTranscriptWereServed() {
    SimCall call = store.generatedCall(0);
    Conversation first = get(call, EXTENSIVE);
    assertThat(get(call, EXTENSIVE)).isSameAs(first);
    assertThat(recent.holds(call.id())).isTrue();
    assertThat(get(call, TRANSCRIPT)).isSameAs(first);
    assertThat(recent.holds(call.id())).isFalse();
    assertThat(generated).hasValue(1);
  }

  @Test
  void aTranscriptAskedFirstWaitsForTheExtensiveData() {
    SimCall call = store.generatedCall(1);
    Conversation first = get(call, TRANSCRIPT);
    assertThat(get(call, OTHER)).isSameAs(first);
    assertThat(recent.holds(call.id())).isTrue();
    assertThat(get(call, EXTENSIVE)).isSameAs(first);
    assertThat(recent.holds(call.id())).isFalse();
    assertThat(generated).hasValue(1);
  }

  @Test
  void otherUsesKeepItUntilTheCapacityPushesItOut() {
    for (int p = 0; p <= RecentConversations.CAPACITY; p++) {
      get(store.generatedCall(p), OTHER);
    }
    assertThat(recent.holds(store.generatedCall(0).id())).isFalse();
    assertThat(recent.holds(store.generatedCall(1).id())).isTrue();
    assertThat(generated).hasValue(RecentConversations.CAPACITY + 1);
  }
}
