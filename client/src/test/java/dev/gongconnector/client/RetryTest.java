package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries: 429 with Retry-After, 5xx, dropped connections, stalls past the timeout, paging
 * failures.
 */
class RetryTest {

  static GongSimulator sim;
  static GongClient gong;
  static CallListRequest range;

  @BeforeAll
  static void start() {
    sim = SimTestSupport.sim(250).start();
    gong = SimTestSupport.client(sim).build();
    range = CallListRequest.of(SimTestSupport.from(), SimTestSupport.to());
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
  void rateLimitStormHonoursRetryAfter() {
    sim.faults().enqueue(Fault.rateLimited(1).onPath("/v2/calls").times(2));
    long t0 = System.nanoTime();
    List<Call> calls = gong.calls().list(range).toList();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(calls).hasSize(250);
    assertThat(ms).as("waited Retry-After twice").isGreaterThanOrEqualTo(1900);
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(3 + 2);
  }

  @Test
  void rateLimitStormAcrossThreadsIsAbsorbed() throws Exception {
    sim.faults().enqueue(Fault.rateLimited(1).onPath("/v2/workspaces").times(6));
    // No attempt cap, as in production (the time budget decides): however the threads are
    // scheduled, each retries until it gets an answer, so exactly 4 answers and 6 refusals.
    GongClient patient = gong.newBuilder().maxAttempts(Integer.MAX_VALUE).build();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<Integer>> fs = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      fs.add(pool.submit(() -> patient.workspaces().list().size()));
    }
    for (java.util.concurrent.Future<Integer> f : fs) {
      assertThat(f.get()).isPositive();
    }
    pool.shutdown();
    assertThat(sim.requestCount("/v2/workspaces")).isEqualTo(4 + 6);
    assertThat(sim.faults().pending()).isZero();
  }

  @Test
  void longRetryAfterFailsAtOnceWithIt() {
    sim.faults().enqueue(Fault.rateLimited(3600).onPath("/v2/workspaces"));
    long t0 = System.nanoTime();
    RateLimitedException e =
        catchThrowableOfType(() -> gong.workspaces().list(), RateLimitedException.class);
    assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(3).toNanos());
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3600));
    assertThat(e.isDailyLimit()).isTrue();
    assertThat(e.resetsAt()).isPresent();
    assertThat(e.getMessage()).contains("Retry-After 3600 s");
    // Retry-After counts whole seconds: the reset time is shown to the second, not with
    // nanoseconds.
    assertThat(e.getMessage())
        .containsPattern("resets about \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)");
    assertThat(sim.requestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorsAndDropsAreRecovered() {
    sim.faults()
        .enqueue(
            Fault.status(500).onPath("/v2/calls"),
            Fault.drop().onPath("/v2/calls"),
            Fault.status(502).onPath("/v2/calls"));
    assertThat(gong.calls().list(range).count()).isEqualTo(250);
    assertThat(sim.requestCount("/v2/calls")).isEqualTo(3 + 3);

    sim.faults().enqueue(Fault.dropMidBody().onPath("/v2/calls/transcript"));
    assertThat(
            gong.calls()
                .transcriptsFor(List.of(gong.calls().list(range).findFirst().orElseThrow().id())))
        .hasSize(1);
  }

  @Test
  void stallPastTheRequestTimeoutIsRetried() {
    GongClient impatient = gong.newBuilder().requestTimeout(Duration.ofMillis(1500)).build();
    sim.faults().enqueue(Fault.stall(Duration.ofSeconds(3)).onPath("/v2/workspaces"));
    assertThat(impatient.workspaces().list()).isNotEmpty();
    // 2, or more if the build machine is so loaded that a normal answer also took 1.5 s.
    assertThat(sim.requestCount("/v2/workspaces")).isBetween(2L, 4L);
    GongClient once = impatient.newBuilder().maxAttempts(1).build();
    sim.faults().enqueue(Fault.stall(Duration.ofSeconds(3)).onPath("/v2/workspaces"));
    TransportException e =
        catchThrowableOfType(() -> once.workspaces().list(), TransportException.class);
    assertThat(e.getMessage()).contains("within 1500 ms");
  }

  @Test
  void failureMidwayTellsHowFarPagingGot() {
    // Page 1 served, then Gong refuses the cursor (e.g. expired): the error says where to restart.
    GongClient once = gong.newBuilder().maxAttempts(1).build();
    java.util.Iterator<Call> it = once.calls().list(range).iterator();
    List<Call> seen = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      seen.add(it.next());
    }
    sim.faults().enqueue(Fault.status(400).onPath("/v2/calls"));
    InvalidRequestException e = catchThrowableOfType(it::next, InvalidRequestException.class);
    PagingProgress p = e.progress().orElseThrow();
    assertThat(p.pagesFetched()).isEqualTo(1);
    assertThat(p.recordsSeen()).isEqualTo(100);
    assertThat(p.lastCursor()).isNotBlank();
    assertThat(p.lastStarted())
        .isEqualTo(
            seen.stream()
                .map(Call::started)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow());
    assertThat(e.getMessage())
        .contains("after 100 records in 1 pages")
        .contains("restart the range from there");
    // Restarting from lastStarted (inclusive) covers the rest: nothing lost.
    List<Call> rest = gong.calls().list(range.withFromDateTime(p.lastStarted())).toList();
    assertThat(rest.size() + seen.size()).isGreaterThanOrEqualTo(250);
    assertThat(
            java.util.stream.Stream.concat(seen.stream(), rest.stream())
                .map(Call::id)
                .collect(Collectors.toSet()))
        .hasSize(250);
  }

  @Test
  void notFoundOnALaterPageIsAnErrorNotTheEnd() {
    GongClient once = gong.newBuilder().maxAttempts(1).build();
    java.util.Iterator<Call> it = once.calls().list(range).iterator();
    for (int i = 0; i < 100; i++) {
      it.next();
    }
    sim.faults().enqueue(Fault.status(404).onPath("/v2/calls"));
    NotFoundException e = catchThrowableOfType(it::next, NotFoundException.class);
    assertThat(e.progress()).isPresent();
    assertThat(e.progress().get().recordsSeen()).isEqualTo(100);
  }

  @Test
  void expiredCursorSurfacesProgress() throws Exception {
    try (GongSimulator s = SimTestSupport.sim(150).cursorTtl(Duration.ofMillis(300)).start()) {
      GongClient c = SimTestSupport.client(s).build();
      java.util.Iterator<Call> it = c.calls().list(range).iterator();
      for (int i = 0; i < 100; i++) {
        it.next();
      }
      Thread.sleep(600);
      InvalidRequestException e = catchThrowableOfType(it::next, InvalidRequestException.class);
      assertThat(e.field()).isEqualTo("cursor");
      assertThat(e.getMessage()).contains("expired").contains("after 100 records");
      assertThat(e.progress()).isPresent();
    }
  }
}
