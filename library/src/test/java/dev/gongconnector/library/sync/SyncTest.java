package dev.gongconnector.library.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.Direction;
import dev.gongconnector.client.calls.NewCallParty;
import dev.gongconnector.client.calls.NewCallRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.library.CallLibrary;
import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.search.SearchHit;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.library.search.SearchResult;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync against the local Gong over loopback: first, incremental, resume after failures, budget
 * stops.
 */
class SyncTest {

  /**
   * Two pages: the simulator's calls are realistic (hundreds of sentences each), so few of them.
   */
  static final int CALLS = 120;

  @TempDir Path store;
  final MutableClock clock = new MutableClock();
  GongSimulator sim;

  @AfterEach
  void stop() {
    if (sim != null) sim.close();
  }

  GongSimulator start(GongSimulator.Builder b) {
    sim = b.calls(CALLS).seed(7).rateLimitPerSecond(0).clock(clock).start();
    return sim;
  }

  GongClient client() {
    return GongClient.builder()
        .baseUrl(sim.baseUrl())
        .credentials(sim.accessKey(), sim.accessKeySecret())
        .rateLimitPerSecond(0)
        .maxAttempts(2)
        .maxRetryTime(Duration.ofSeconds(5))
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  SyncOptions fromStart() {
    return SyncOptions.defaults().withFrom(sim.earliestCallStart()).withClock(clock);
  }

  SyncResult sync(SyncOptions options, SyncProgress.Listener listener) {
    return CallLibrary.sync(store, client(), options, listener);
  }

  int storedCalls() {
    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      return s.callCount();
    }
  }

  @Test
  void firstSyncUsesTheMinimumRequestsThenIncrementalReadsOnlyTheLookback() throws Exception {
    start(GongSimulator.builder().dailyLimit(0));
    List<SyncProgress> progress = new ArrayList<>();
    SyncResult first = sync(fromStart(), progress::add);
    assertThat(first.completed()).isTrue();
    assertThat(first.calls()).isEqualTo(CALLS);
    assertThat(first.requestsUsed()).isEqualTo(first.minimumRequests()).isEqualTo(4);
    assertThat(sim.requestCount()).isEqualTo(4);
    assertThat(progress).extracting(SyncProgress::pages).containsExactly(1, 2);
    assertThat(progress.get(0).totalRecords()).isEqualTo(CALLS);
    assertThat(storedCalls()).isEqualTo(CALLS);
    assertThat(first.checkpoint().pending()).isFalse();
    assertThat(first.checkpoint().coveredFrom()).isEqualTo(sim.earliestCallStart());

    // A call recorded an hour ago, with media: the simulator transcribes it.
    GongClient gong = client();
    String host = gong.users().list().findFirst().orElseThrow().id();
    String callId =
        gong.calls()
            .add(
                NewCallRequest.builder(
                        "planted-1",
                        Instant.now().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
                        Direction.CONFERENCE,
                        host)
                    .title("Zanzibar rollout kickoff")
                    .duration(900.0)
                    .party(NewCallParty.user(host, null, null))
                    .party(
                        NewCallParty.external("Quentin Prospect", "quentin@prospect.example", null))
                    .build())
            .callId();
    byte[] media = new byte[4096];
    gong.calls().uploadMedia(callId, new ByteArrayInputStream(media), media.length, "call.mp3");

    long before = sim.requestCount();
    SyncResult second = sync(SyncOptions.defaults().withClock(clock), p -> {});
    assertThat(second.completed()).isTrue();
    assertThat(second.windowStart())
        .isEqualTo(first.windowEnd().minus(SyncOptions.DEFAULT_LOOKBACK));
    assertThat(second.calls()).isBetween(1L, 20L);
    // The window's two requests, plus two when calls before it still lack a transcript (asked for
    // again).
    assertThat(second.requestsUsed())
        .isEqualTo(second.minimumRequests())
        .isIn(2L, 4L)
        .isEqualTo(sim.requestCount() - before);
    assertThat(storedCalls()).isEqualTo(CALLS + 1);

    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      SearchResult r = s.search(SearchRequest.builder("zanzibar").build());
      assertThat(r.hits())
          .singleElement()
          .satisfies(
              h -> {
                assertThat(h.callId()).isEqualTo(callId);
                assertThat(h.titleHighlighted()).isEqualTo("**Zanzibar** rollout kickoff");
              });
      SearchResult quentin = s.search(SearchRequest.builder("").speaker("Quentin").build());
      assertThat(quentin.hits()).extracting(SearchHit::callId).containsExactly(callId);
      assertThat(quentin.hits().get(0).sentences())
          .isNotEmpty()
          .allSatisfy(x -> assertThat(x.speakerName()).isEqualTo("Quentin Prospect"));
    }
  }

  @Test
  void aTranscriptThatArrivesAfterTheLookbackIsPickedUp() {
    start(GongSimulator.builder().dailyLimit(0));
    GongClient gong = client();
    String host = gong.users().list().findFirst().orElseThrow().id();
    String late =
        gong.calls()
            .add(
                NewCallRequest.builder(
                        "late-1",
                        Instant.now().minus(Duration.ofDays(5)).atOffset(ZoneOffset.UTC),
                        Direction.CONFERENCE,
                        host)
                    .title("Late transcription")
                    .duration(600.0)
                    .party(NewCallParty.user(host, null, null))
                    .party(NewCallParty.external("Wilhelmina Latecomer", null, null))
                    .build())
            .callId();
    assertThat(sync(fromStart(), p -> {}).completed()).isTrue();
    SearchRequest said = SearchRequest.builder("").speaker("Wilhelmina").build();
    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      assertThat(s.search(said).hits()).isEmpty(); // no media yet: no transcript
      assertThat(s.search(SearchRequest.builder("late transcription").build()).hits()).hasSize(1);
    }
    byte[] media = new byte[2048];
    gong.calls().uploadMedia(late, new ByteArrayInputStream(media), media.length, "late.mp3");

    SyncResult next = sync(SyncOptions.defaults().withClock(clock), p -> {});
    assertThat(next.completed()).isTrue();
    assertThat(next.windowStart())
        .isAfter(Instant.now().minus(Duration.ofDays(3))); // outside the lookback
    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      assertThat(s.search(said).hits()).extracting(SearchHit::callId).containsExactly(late);
    }
    assertThat(storedCalls()).isEqualTo(CALLS + 1);
  }

  @Test
  void aDroppedConnectionStopsTheRunAndARerunResumesWithoutLossOrDuplicates() {
    // Three pages: the next page is read ahead, so faults queued after page 1 hit page 2 or page 3.
    sim =
        GongSimulator.builder()
            .calls(250)
            .seed(7)
            .rateLimitPerSecond(0)
            .clock(clock)
            .dailyLimit(0)
            .start();
    SyncResult broken =
        sync(
            fromStart(),
            p -> {
              if (p.pages() == 1)
                sim.faults().enqueue(Fault.drop().onPath("/v2/calls/transcript").times(2));
            });
    assertThat(broken.completed()).isFalse();
    assertThat(broken.stopReason())
        .contains("connection to Gong failed")
        .contains("run the same sync again");
    assertThat(broken.checkpoint().pending()).isTrue();
    assertThat(storedCalls()).isIn(100, 200);

    SyncResult resumed = sync(SyncOptions.defaults().withClock(clock), p -> {});
    assertThat(resumed.completed()).isTrue();
    assertThat(resumed.windowStart()).isEqualTo(sim.earliestCallStart());
    assertThat(resumed.calls())
        .isBetween(250 - broken.calls(), 252 - broken.calls()); // from the checkpoint
    assertThat(storedCalls()).isEqualTo(250);
    assertThat(resumed.checkpoint().coveredFrom()).isEqualTo(sim.earliestCallStart());
  }

  @Test
  void aProcessKilledMidSyncResumesWithoutLossOrDuplicates() throws Exception {
    start(GongSimulator.builder().dailyLimit(0).latencyMs(300));
    Process child = syncInAnotherProcess();
    try {
      awaitFirstCommittedPage(child);
    } finally {
      child
          .destroyForcibly()
          .waitFor(); // SIGKILL: no shutdown hook, no rollback, no lock release by us
    }
    assertThat(CallLibrary.checkpoint(store).pending()).isTrue();
    assertThat(storedCalls()).isEqualTo(100);

    SyncResult resumed = sync(SyncOptions.defaults().withClock(clock), p -> {});
    assertThat(resumed.completed()).isTrue();
    assertThat(resumed.windowStart()).isEqualTo(sim.earliestCallStart());
    assertThat(storedCalls()).isEqualTo(CALLS);
  }

  @Test
  void aSecondSyncOfTheSameStoreFromAnotherProcessIsRefusedClearlyAndHarmsNothing()
      throws Exception {
    start(GongSimulator.builder().dailyLimit(0).latencyMs(2500));
    Process child = syncInAnotherProcess(); // mid-sync it holds the store's write lock
    try {
      awaitFirstCommittedPage(child);
      assertThatThrownBy(() -> sync(fromStart(), p -> {}))
          .isInstanceOf(LibraryException.class)
          .hasMessageContaining("another sync is writing the library");
      assertThat(child.isAlive()).as("the other sync was still running").isTrue();
    } finally {
      child.destroyForcibly().waitFor();
    }
    // Killed after page 1 (or 2): a consistent commit, readable; resuming is
    // aProcessKilledMidSync...'s part.
    assertThat(storedCalls()).isBetween(100, CALLS);
  }

  @Test
  void aSpentDailyBudgetStopsTheRunAndTheNextDayResumes() {
    start(GongSimulator.builder().dailyLimit(3));
    SyncResult stopped = sync(fromStart(), p -> {});
    assertThat(stopped.completed()).isFalse();
    assertThat(stopped.stopReason()).startsWith("the daily request budget is spent");
    assertThat(stopped.calls()).isEqualTo(100);
    assertThat(storedCalls()).isEqualTo(100);

    clock.advance(Duration.ofDays(1));
    SyncResult day2 = sync(SyncOptions.defaults().withClock(clock), p -> {});
    assertThat(day2.stopReason()).isNull();
    assertThat(day2.completed()).isTrue();
    assertThat(storedCalls()).isEqualTo(CALLS);
  }

  @Test
  void theClientsOwnDailyBudgetStopsTheRunWithoutSendingMore() {
    start(GongSimulator.builder().dailyLimit(0));
    GongClient budgeted =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .rateLimitPerSecond(0)
            .dailyBudget(3)
            .build();
    SyncResult stopped = CallLibrary.sync(store, budgeted, fromStart(), p -> {});
    assertThat(stopped.completed()).isFalse();
    assertThat(stopped.stopReason()).startsWith("the daily request budget is spent");
    assertThat(sim.requestCount()).isEqualTo(3);
    assertThat(storedCalls()).isEqualTo(100);
    assertThat(sync(SyncOptions.defaults().withClock(clock), p -> {}).completed()).isTrue();
    assertThat(storedCalls()).isEqualTo(CALLS);
  }

  @Test
  void rateLimitedAnswersAreWaitedOut() {
    start(GongSimulator.builder().dailyLimit(0));
    sim.faults().enqueue(Fault.rateLimited(1).onPath("/v2/calls/extensive"));
    SyncResult r = sync(fromStart(), p -> {});
    assertThat(r.completed()).isTrue();
    assertThat(r.requestsUsed()).isEqualTo(r.minimumRequests() + 1);
    assertThat(storedCalls()).isEqualTo(CALLS);
  }

  @Test
  void anExpiredCursorRestartsFromTheCheckpoint() {
    // Every reading of the clock is a second later and a cursor lives half a second: each cursor
    // has expired when it is used, however fast or slow the machine (the next page is fetched
    // while the last one is indexed, so real time would race the test).
    TickingClock ticking = new TickingClock(Duration.ofSeconds(1));
    sim =
        GongSimulator.builder()
            .dailyLimit(0)
            .cursorTtl(Duration.ofMillis(500))
            .calls(CALLS)
            .seed(7)
            .rateLimitPerSecond(0)
            .clock(ticking)
            .start();
    SyncResult r =
        sync(SyncOptions.defaults().withFrom(sim.earliestCallStart()).withClock(ticking), p -> {});
    assertThat(r.completed()).isTrue();
    assertThat(r.requestsUsed()).isEqualTo(r.minimumRequests() + 1); // the refused page
    assertThat(storedCalls()).isEqualTo(CALLS);
  }

  @Test
  void aStoreMirrorsOneScope() {
    start(GongSimulator.builder().dailyLimit(0));
    assertThat(sync(fromStart(), p -> {}).completed()).isTrue();
    String workspace = client().workspaces().list().get(0).id();
    assertThatThrownBy(() -> sync(fromStart().withWorkspaceId(workspace), p -> {}))
        .isInstanceOf(LibraryException.class)
        .hasMessageContaining("mirrors all workspaces");
  }

  @Test
  void aTranscriptPhraseFindsItsCallWithTheSentenceHighlighted() {
    start(GongSimulator.builder().dailyLimit(0));
    assertThat(sync(fromStart(), p -> {}).completed()).isTrue();
    GongClient gong = client();
    String callId =
        gong.calls()
            .list(
                dev.gongconnector.client.calls.CallListRequest.of(
                    sim.earliestCallStart().atOffset(ZoneOffset.UTC),
                    Instant.now().atOffset(ZoneOffset.UTC)))
            .skip(17)
            .findFirst()
            .orElseThrow()
            .id();
    CallTranscript t = gong.calls().transcriptsFor(List.of(callId)).get(0);
    String sentence =
        t.transcript().stream()
            .flatMap(m -> m.sentences().stream())
            .map(s -> s.text())
            .filter(s -> s.split(" ").length >= 8)
            .findFirst()
            .orElseThrow();
    String phrase =
        String.join(
            " ",
            List.of(sentence.replaceAll("[^\\p{L}\\p{N}' ]", " ").trim().split("\\s+"))
                .subList(0, 6));
    try (LibrarySearcher s = LibrarySearcher.open(store)) {
      SearchResult r = s.search(SearchRequest.builder("\"" + phrase + "\"").limit(100).build());
      assertThat(r.hits()).extracting(SearchHit::callId).contains(callId);
      SearchHit hit =
          r.hits().stream().filter(h -> h.callId().equals(callId)).findFirst().orElseThrow();
      assertThat(hit.sentences())
          .anySatisfy(
              x -> {
                assertThat(x.text()).isEqualTo(sentence);
                assertThat(x.highlighted()).contains("**");
              });
    }
  }

  /** Starts {@link SyncMain} on this test's simulator and store in a child JVM. */
  private Process syncInAnotherProcess() throws java.io.IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            SyncMain.class.getName(),
            sim.baseUrl(),
            sim.accessKey(),
            sim.accessKeySecret(),
            store.toString(),
            sim.earliestCallStart().toString())
        .redirectErrorStream(true)
        .start();
  }

  /** Reads the child's output until it reports its first committed page. */
  private static void awaitFirstCommittedPage(Process child) throws java.io.IOException {
    var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
    String line;
    while ((line = out.readLine()) != null && !line.equals("page 1")) {
      // skip progress lines
    }
    assertThat(line).isEqualTo("page 1");
  }
}
