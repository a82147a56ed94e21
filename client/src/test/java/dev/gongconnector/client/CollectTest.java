package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.Direction;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.calls.NewCallParty;
import dev.gongconnector.client.calls.NewCallRequest;
import dev.gongconnector.simulator.GongSimulator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bounded collection over real HTTP: the newest (or oldest) M calls of a range, exactly, with calls
 * at both edges of the range and several calls in the same second, at a bounded request cost.
 */
class CollectTest {

  static GongSimulator sim;
  static GongClient gong;
  static OffsetDateTime from;
  static OffsetDateTime to;
  static List<Call> inRange;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(1500).start();
    gong = SimTestSupport.client(sim).build();
    OffsetDateTime anchor = sim.anchor().atOffset(ZoneOffset.UTC);
    from = anchor.minusDays(120);
    to = anchor.minusDays(10);
    String host = SimTestSupport.activeUser(gong).id();
    // Edges: on the start (inclusive), just before and on the end (exclusive), and a burst of
    // calls in one second just before the end and in one second inside the range.
    add("edge-from", from, host);
    add("edge-before-to", to.minusNanos(1_000_000), host);
    add("edge-on-to", to, host);
    for (int i = 0; i < 5; i++) {
      add("same-second-end-" + i, to.minusSeconds(1), host);
      add("same-second-mid-" + i, from.plusDays(100).withNano(0), host);
    }
    inRange =
        gong.calls()
            .list(CallListRequest.of(from, to))
            .sorted(Comparator.comparing(Call::started).thenComparing(CollectTest::idKey))
            .toList();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static String idKey(Call c) {
    return String.format("%025d", new java.math.BigInteger(c.id()));
  }

  private static void add(String uniqueId, OffsetDateTime start, String host) {
    gong.calls()
        .add(
            NewCallRequest.builder(uniqueId, start, Direction.OUTBOUND, host)
                .party(NewCallParty.user(host, null, "Host").withMediaChannelId(0))
                .party(NewCallParty.external("Prospect", null, "+1 555 0100").withMediaChannelId(1))
                .title("Edge call " + uniqueId)
                .duration(60.0)
                .build());
  }

  private static List<String> newest(int m) {
    List<Call> desc = new java.util.ArrayList<>(inRange);
    java.util.Collections.reverse(desc);
    return desc.subList(0, Math.min(m, desc.size())).stream().map(Call::id).toList();
  }

  @Test
  void newestFirstReturnsExactlyTheNewestMAtABoundedCost() {
    assertThat(inRange.size()).isGreaterThan(700);
    assertThat(inRange.stream().map(Call::title)).contains("Edge call edge-from");
    for (int m : new int[] {1, 3, 7, 50, 99, 100, 101, 250, 333, 500, 700}) {
      Collected<Call> got =
          gong.calls().collect(CallListRequest.of(from, to), m, Order.NEWEST_FIRST);
      assertThat(got.items().stream().map(Call::id).toList()).as("M=" + m).isEqualTo(newest(m));
      assertThat(got.totalRecords()).isEqualTo(inRange.size());
      assertThat(got.truncated()).isTrue();
      assertThat(got.coveredTo()).isEqualTo(to);
      assertThat(got.coveredFrom()).isEqualTo(got.items().get(m - 1).started());
      assertThat(got.requests()).as("requests for M=" + m).isLessThanOrEqualTo((m + 99) / 100 + 3);
    }
    // The end is exclusive; the calls of the last second and just before the end come first.
    List<String> titles =
        gong.calls().collect(CallListRequest.of(from, to), 6, Order.NEWEST_FIRST).items().stream()
            .map(Call::title)
            .toList();
    assertThat(titles).doesNotContain("Edge call edge-on-to");
    assertThat(titles.get(0)).isEqualTo("Edge call edge-before-to");
    assertThat(titles.subList(1, 6)).allMatch(t -> t.startsWith("Edge call same-second-end-"));
  }

  @Test
  void wholeRangeWhenItFitsAndOldestFirstOnRequest() {
    Collected<Call> all =
        gong.calls().collect(CallListRequest.of(from, to), inRange.size() + 5, Order.NEWEST_FIRST);
    assertThat(all.truncated()).isFalse();
    assertThat(all.items().stream().map(Call::id).toList()).isEqualTo(newest(inRange.size()));
    assertThat(all.coveredFrom()).isEqualTo(from);

    Collected<Call> oldest =
        gong.calls().collect(CallListRequest.of(from, to), 150, Order.OLDEST_FIRST);
    assertThat(oldest.items().stream().map(Call::id).toList())
        .isEqualTo(inRange.subList(0, 150).stream().map(Call::id).toList());
    assertThat(oldest.items().get(0).title()).isEqualTo("Edge call edge-from");
    assertThat(oldest.truncated()).isTrue();
    assertThat(oldest.requests()).isEqualTo(2);
  }

  @Test
  void extensiveDataNewestFirst() {
    Collected<CallData> got =
        gong.calls()
            .collectExtensive(
                ExtensiveRequest.builder()
                    .fromDateTime(from)
                    .toDateTime(to)
                    .contentSelector(ContentSelector.none())
                    .build(),
                120,
                Order.NEWEST_FIRST);
    assertThat(got.items().stream().map(CallData::id).toList()).isEqualTo(newest(120));
    assertThat(got.requests()).isLessThanOrEqualTo(2 + 3);
  }

  @Test
  void emptyRangeIsEmptyAndComplete() {
    OffsetDateTime far = from.minusYears(5);
    Collected<Call> got =
        gong.calls().collect(CallListRequest.of(far, far.plusDays(1)), 10, Order.NEWEST_FIRST);
    assertThat(got.items()).isEmpty();
    assertThat(got.truncated()).isFalse();
    assertThat(got.requests()).isEqualTo(1);
  }
}
