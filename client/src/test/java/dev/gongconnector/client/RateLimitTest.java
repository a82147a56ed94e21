package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.simulator.GongSimulator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The shared limiter, measured from the simulator's side: the local Gong enforces N/s with a
 * sliding window and answers 429 when exceeded, and the clients here never retry, so one excess
 * request fails the test.
 */
class RateLimitTest {

  @Test
  void manyThreadsSharingOneClientNeverExceedTheLimit() throws Exception {
    try (GongSimulator sim = SimTestSupport.sim(20).rateLimitPerSecond(10).start()) {
      // The client runs at 6/s against Gong's 10/s: a 429 needs eleven requests inside one second
      // of the local Gong's clock, i.e. jitter of over 0.6 s between our release and its count,
      // which a loaded build machine does not reach (at 9/s, 0.1 s did: two 429s at load 3-20).
      // Eight unshared limiters would send far more than 10/s.
      GongClient gong = SimTestSupport.client(sim).rateLimitPerSecond(6).maxAttempts(1).build();
      GongClient variant =
          gong.newBuilder().requestTimeout(java.time.Duration.ofSeconds(30)).build();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> fs = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int i = 0; i < 8; i++) {
        GongClient c = i % 2 == 0 ? gong : variant;
        fs.add(
            pool.submit(
                () -> {
                  for (int j = 0; j < 5; j++) {
                    c.workspaces().list();
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) {
        f.get(); // a 429 would fail here (maxAttempts 1)
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      pool.shutdown();
      assertThat(sim.requestCount()).isEqualTo(40);
      // At 6 per second, request k+6 leaves at least a second after request k: the 37th (index
      // 36) at least 6 s after the first.
      assertThat(seconds).isGreaterThan(6.0);
      assertThat(gong.requestsToday()).isEqualTo(40); // shared by the variant
    }
  }

  @Test
  void clientDailyBudgetStopsWithAClearErrorAndNoPartialResult() {
    try (GongSimulator sim = SimTestSupport.sim(450).start()) {
      GongClient gong = SimTestSupport.client(sim).dailyBudget(3).build();
      Iterator<Call> it =
          gong.calls()
              .list(CallListRequest.of(SimTestSupport.from(), SimTestSupport.to()))
              .iterator();
      int seen = 0;
      RateLimitedException e = null;
      try {
        while (it.hasNext()) {
          it.next();
          seen++;
        }
      } catch (RateLimitedException ex) {
        e = ex;
      }
      assertThat(e).as("the stream must not end quietly as if complete").isNotNull();
      assertThat(seen).isEqualTo(300);
      assertThat(e.isDailyLimit()).isTrue();
      assertThat(e.status()).isZero();
      assertThat(e.getMessage())
          .contains("daily budget of 3")
          .contains("resets at")
          .contains("after 300 records");
      assertThat(sim.requestCount()).isEqualTo(3);
      long t0 = System.nanoTime();
      catchThrowableOfType(() -> gong.workspaces().list(), RateLimitedException.class);
      assertThat(System.nanoTime() - t0).isLessThan(1_000_000_000L); // never sleeps until the reset
    }
  }

  @Test
  void gongsDailyQuotaFailsFastWithRetryAfter() {
    try (GongSimulator sim = SimTestSupport.sim(10).dailyLimit(2).start()) {
      GongClient gong = SimTestSupport.client(sim).build();
      gong.workspaces().list();
      gong.workspaces().list();
      long t0 = System.nanoTime();
      RateLimitedException e =
          catchThrowableOfType(() -> gong.workspaces().list(), RateLimitedException.class);
      assertThat(System.nanoTime() - t0).isLessThan(2_000_000_000L);
      assertThat(e.status()).isEqualTo(429);
      assertThat(e.retryAfter()).isPresent();
      assertThat(e.isDailyLimit()).isEqualTo(e.retryAfter().get().toMinutes() > 10);
      assertThat(e.errors()).anySatisfy(m -> assertThat(m).contains("daily"));
      assertThat(sim.requestCount()).isEqualTo(3);
    }
  }

  @Test
  void sequentialRequestsAtGongsDefaultRate() {
    try (GongSimulator sim = SimTestSupport.sim(10).rateLimitPerSecond(3).start()) {
      GongClient gong = SimTestSupport.client(sim).rateLimitPerSecond(3).build();
      long t0 = System.nanoTime();
      for (int i = 0; i < 7; i++) {
        gong.workspaces().list();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      // 7 requests at ~2.86/s: at least 6 intervals of ~350 ms; no upper bound (loaded machines are
      // slower).
      assertThat(s).isGreaterThan(1.9);
      // Every extra request Gong saw was a 429 retried. None on an idle machine; the 15 ms starting
      // margin can
      // be eaten by scheduling delays on a badly overloaded one, so one is tolerated (the margin
      // then widens).
      assertThat(sim.requestCount() - 7).isLessThanOrEqualTo(1);
    }
  }
}
