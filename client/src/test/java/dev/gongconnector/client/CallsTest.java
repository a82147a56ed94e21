package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.TranscriptRequest;
import dev.gongconnector.simulator.GongSimulator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading calls over real HTTP: paging, laziness, empty ranges, get, extensive data, transcripts,
 * batching.
 */
class CallsTest {

  static GongSimulator sim;
  static GongClient gong;
  static List<Call> all;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(350).start();
    gong = SimTestSupport.client(sim).build();
    all =
        gong.calls().list(CallListRequest.of(SimTestSupport.from(), SimTestSupport.to())).toList();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    SimTestSupport.reset(sim);
  }

  @Test
  void listPagesThroughEveryCallWithoutLossOrRepeat() {
    assertThat(all).hasSize(350);
    assertThat(all.stream().map(Call::id).collect(Collectors.toSet())).hasSize(350);
    assertThat(all)
        .allSatisfy(
            c -> {
              assertThat(c.id()).matches("\\d{1,20}");
              assertThat(c.started()).isNotNull();
              assertThat(c.url()).contains(c.id());
            });
    // Page-at-a-time with the cursor gives the same calls, in ceil(350/100) = 4 requests.
    CallListRequest req = CallListRequest.of(SimTestSupport.from(), SimTestSupport.to());
    List<String> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<Call> p = gong.calls().listPage(req, cursor);
      assertThat(p.totalRecords()).isEqualTo(350);
      p.records().forEach(c -> paged.add(c.id()));
      cursor = p.cursor();
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(4);
    assertThat(paged).containsExactlyElementsOf(all.stream().map(Call::id).toList());
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(4);
  }

  @Test
  void listIsLazy() {
    Iterator<Call> it =
        gong.calls()
            .list(CallListRequest.of(SimTestSupport.from(), SimTestSupport.to()))
            .iterator();
    assertThat(sim.requestCount()).isZero();
    it.next();
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(1);
    for (int i = 1; i < 100; i++) {
      it.next();
    }
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(1);
    it.next();
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(2);
    assertThat(
            gong.calls()
                .list(CallListRequest.of(SimTestSupport.from(), SimTestSupport.to()))
                .limit(5)
                .count())
        .isEqualTo(5);
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(3);
  }

  @Test
  void emptyRangeIsEmptyNotAnError() {
    OffsetDateTime longAgo = OffsetDateTime.parse("2001-01-01T00:00:00Z");
    CallListRequest empty = CallListRequest.of(longAgo, longAgo.plusDays(1));
    assertThat(gong.calls().list(empty)).isEmpty();
    assertThat(gong.calls().listPage(empty, null).records()).isEmpty();
    assertThat(
            gong.calls()
                .extensive(
                    ExtensiveRequest.builder()
                        .fromDateTime(longAgo)
                        .toDateTime(longAgo.plusDays(1))
                        .build()))
        .isEmpty();
    assertThat(gong.calls().transcripts(TranscriptRequest.between(longAgo, longAgo.plusDays(1))))
        .isEmpty();
  }

  @Test
  void workspaceFilterNarrowsTheList() {
    String ws = all.get(0).workspaceId();
    List<Call> inWs =
        gong.calls()
            .list(
                CallListRequest.of(SimTestSupport.from(), SimTestSupport.to()).withWorkspaceId(ws))
            .toList();
    assertThat(inWs).isNotEmpty().allSatisfy(c -> assertThat(c.workspaceId()).isEqualTo(ws));
    assertThat(inWs.size())
        .isEqualTo((int) all.stream().filter(c -> ws.equals(c.workspaceId())).count());
  }

  @Test
  void getReturnsTheCallAndUnknownIdIsNotFound() {
    Call first = all.get(7);
    assertThat(gong.calls().get(first.id())).isEqualTo(first);
    assertThatThrownBy(() -> gong.calls().get("1234567890123456789"))
        .isInstanceOf(NotFoundException.class)
        .satisfies(
            e -> {
              GongException g = (GongException) e;
              assertThat(g.status()).isEqualTo(404);
              assertThat(g.kind()).isEqualTo(ErrorKind.NOT_FOUND);
              assertThat(g.requestId()).isNotBlank();
              assertThat(g.getMessage())
                  .startsWith("Gong answered 404 (requestId " + g.requestId() + ")");
            });
  }

  @Test
  void extensiveWithTheFullSelector() {
    List<String> ids = all.subList(0, 30).stream().map(Call::id).toList();
    List<CallData> data =
        gong.calls().extensive(ExtensiveRequest.forCallIds(ids, ContentSelector.all())).toList();
    assertThat(data).hasSize(30);
    assertThat(data.stream().map(CallData::id).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(data)
        .anySatisfy(
            d -> {
              assertThat(d.parties()).isNotEmpty();
              assertThat(d.content()).isNotNull();
              assertThat(d.content().topics()).isNotEmpty();
              assertThat(d.interaction()).isNotNull();
              assertThat(d.interaction().speakers()).isNotEmpty();
            });
    assertThat(data).allSatisfy(d -> assertThat(d.media()).isNull());
    // Metadata only: no blocks.
    CallData bare =
        gong.calls()
            .extensive(ExtensiveRequest.forCallIds(ids.subList(0, 1), ContentSelector.none()))
            .findFirst()
            .orElseThrow();
    assertThat(bare.parties()).isEmpty();
    assertThat(bare.content()).isNull();
    assertThat(bare.metaData()).isEqualTo(all.get(0));
  }

  @Test
  void extensiveByDateRangePagesWithTheCursorInTheBody() {
    ExtensiveRequest req =
        ExtensiveRequest.builder()
            .fromDateTime(SimTestSupport.from())
            .toDateTime(SimTestSupport.to())
            .contentSelector(ContentSelector.parties())
            .build();
    List<CallData> data = gong.calls().extensive(req).toList();
    assertThat(data).hasSize(350);
    assertThat(data.stream().map(CallData::id).collect(Collectors.toSet())).hasSize(350);
    assertThat(sim.requestCount("/v2/calls/extensive")).isEqualTo(4);
    String host = all.get(0).primaryUserId();
    List<CallData> hosted =
        gong.calls()
            .extensive(ExtensiveRequest.builder().primaryUserIds(List.of(host)).build())
            .toList();
    assertThat(hosted)
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.metaData().primaryUserId()).isEqualTo(host));
  }

  @Test
  void manyCallIdsAreBatchedByHundredInInputOrder() {
    List<String> ids = new ArrayList<>(all.stream().map(Call::id).toList());
    java.util.Collections.reverse(ids);
    List<CallTranscript> ts = gong.calls().transcriptsFor(ids);
    // ceil(350/100) requests, the minimum; results follow the input order.
    assertThat(sim.requestCount("/v2/calls/transcript")).isEqualTo(4);
    List<String> got = ts.stream().map(CallTranscript::callId).toList();
    assertThat(got).isEqualTo(ids.stream().filter(new HashSet<>(got)::contains).toList());
    assertThat(ts.size()).isGreaterThan(300);
    assertThat(ts.stream().filter(t -> !t.transcript().isEmpty()).count()).isGreaterThan(250);

    sim.resetRequestCounts();
    List<CallData> data = gong.calls().extensiveFor(ids, ContentSelector.parties());
    assertThat(sim.requestCount("/v2/calls/extensive")).isEqualTo(4);
    assertThat(data.stream().map(CallData::id).toList()).isEqualTo(ids);

    sim.resetRequestCounts();
    Set<String> streamed =
        gong.calls()
            .transcripts(TranscriptRequest.forCallIds(ids))
            .map(CallTranscript::callId)
            .collect(Collectors.toSet());
    assertThat(streamed).isEqualTo(new HashSet<>(got));
    assertThat(sim.requestCount("/v2/calls/transcript")).isEqualTo(4);
    assertThat(gong.calls().transcriptsFor(List.of())).isEmpty();
  }

  @Test
  void transcriptRequestRefusesGongsKnownBadCombinations() {
    assertThatThrownBy(
            () -> TranscriptRequest.builder().workspaceId("1").callIds(List.of("2")).build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("filter.workspaceId");
    assertThatThrownBy(() -> TranscriptRequest.forCallIds(List.of()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("filter.callIds");
    assertThatThrownBy(() -> CallListRequest.of(SimTestSupport.to(), SimTestSupport.from()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("toDateTime");
    assertThatThrownBy(
            () ->
                ContentSelector.builder()
                    .contextTiming(dev.gongconnector.client.calls.ContextTiming.NOW)
                    .build())
        .hasMessageContaining("contextTiming");
    assertThat(sim.requestCount()).isZero();
  }
}
