package dev.gongconnector.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The limiter's decisions, on the moments it releases requests (the HTTP side is in RateLimitTest).
 * Most tests run it on a fake clock whose sleeps advance time, so the expected release times are
 * exact, not timings.
 */
class RateLimiterTest {

  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final Clock DAY =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  /** Nanosecond time that only moves when the limiter sleeps (or the test says so). */
  private static final class FakeTime {
    final AtomicLong now = new AtomicLong(1_000 * SECOND);

    RateLimiter limiter(double perSecond) {
      return new RateLimiter(perSecond, 0, DAY, now::get, now::addAndGet);
    }

    long ms(RateLimiter.Permit p, long origin) {
      return (p.releasedAt() - origin) / MS;
    }
  }

  private static List<RateLimiter.Permit> acquire(RateLimiter limiter, int n)
      throws InterruptedException {
    List<RateLimiter.Permit> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(limiter.acquire());
    }
    return out;
  }

  @Test
  void spacesReleasesWithTheMinimumMarginAndShiftsOnceForTheColdFirstRequests() throws Exception {
    FakeTime t = new FakeTime();
    long origin = t.now.get();
    RateLimiter limiter = t.limiter(3);
    List<RateLimiter.Permit> p = acquire(limiter, 9);
    long interval = (SECOND + 15 * MS + 2) / 3; // 338.3 ms rounded up: 98.5% of 3/s
    assertThat(limiter.margin()).isEqualTo(Duration.ofMillis(15));
    assertThat(p.get(0).releasedAt()).isEqualTo(origin);
    assertThat(p.get(1).releasedAt() - origin).isEqualTo(interval);
    assertThat(p.get(2).releasedAt() - origin).isEqualTo(2 * interval);
    // The first 3 may open connections (and run on a cold JVM): they count 200 ms late in the
    // window, so the
    // 4th waits 1.015 s + 200 ms after the 1st, which keeps it out of Gong's second even if the 1st
    // arrived late.
    assertThat(p.get(3).releasedAt() - origin).isEqualTo(SECOND + 215 * MS);
    // Then steady spacing again: the shift is paid once.
    for (int i = 4; i < 9; i++) {
      assertThat(p.get(i).releasedAt() - p.get(i - 1).releasedAt()).isEqualTo(interval);
    }
    // Cold and steady-state flags: only releases that complete a full window within 1.5 s can be
    // "ours".
    assertThat(p.subList(0, 3)).noneMatch(RateLimiter.Permit::paced);
    assertThat(p.subList(3, 9)).allMatch(RateLimiter.Permit::paced);
    assertThat(p)
        .extracting(RateLimiter.Permit::sequence)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
  }

  @Test
  void a429CausedByOurPacingDoublesTheMarginOnceAndPausesEveryone() throws Exception {
    FakeTime t = new FakeTime();
    RateLimiter limiter = t.limiter(3);
    List<RateLimiter.Permit> p = acquire(limiter, 8);
    long before = t.now.get();
    // Two in-flight requests of the same burst both get 429: one widening, not two.
    limiter.penalize(Duration.ofSeconds(1), p.get(6));
    limiter.penalize(Duration.ofSeconds(1), p.get(7));
    assertThat(limiter.margin()).isEqualTo(Duration.ofMillis(30));
    RateLimiter.Permit next = limiter.acquire();
    assertThat(next.releasedAt() - before)
        .as("Retry-After honoured")
        .isGreaterThanOrEqualTo(SECOND);
    // A 429 for a request released under the wider margin widens again, multiplicatively, up to 250
    // ms.
    List<Duration> margins = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      RateLimiter.Permit q = acquire(limiter, 4).get(3); // the first one comes after the pause
      assertThat(q.paced()).isTrue();
      limiter.penalize(Duration.ofSeconds(1), q);
      margins.add(limiter.margin());
    }
    assertThat(margins)
        .extracting(Duration::toMillis)
        .containsExactly(60L, 120L, 240L, 250L, 250L, 250L);
    // Under the widest margin, any N+1 consecutive releases span at least 1.25 s.
    List<RateLimiter.Permit> wide = acquire(limiter, 7);
    for (int i = 3; i < wide.size(); i++) {
      assertThat(wide.get(i).releasedAt() - wide.get(i - 3).releasedAt())
          .isGreaterThanOrEqualTo(SECOND + 250 * MS);
    }
  }

  @Test
  void a429ThatOurPacingDidNotCauseIsWaitedOutWithoutWidening() throws Exception {
    FakeTime t = new FakeTime();
    RateLimiter limiter = t.limiter(3);
    acquire(limiter, 6);
    t.now.addAndGet(5 * SECOND); // quiet: another client of the company spends the quota meanwhile
    RateLimiter.Permit lone = limiter.acquire();
    assertThat(lone.paced()).isFalse();
    long before = t.now.get();
    limiter.penalize(Duration.ofSeconds(2), lone);
    assertThat(limiter.margin()).isEqualTo(Duration.ofMillis(15));
    assertThat(limiter.acquire().releasedAt() - before).isGreaterThanOrEqualTo(2 * SECOND);
  }

  @Test
  void theMarginDecaysSlowlyAfterARunOfSuccesses() throws Exception {
    FakeTime t = new FakeTime();
    RateLimiter limiter = t.limiter(3);
    List<RateLimiter.Permit> p = acquire(limiter, 6);
    limiter.penalize(Duration.ofSeconds(1), p.get(5));
    limiter.penalize(Duration.ofSeconds(1), acquire(limiter, 4).get(3));
    limiter.penalize(Duration.ofSeconds(1), acquire(limiter, 4).get(3));
    assertThat(limiter.margin()).isEqualTo(Duration.ofMillis(120));
    acquire(limiter, 99);
    assertThat(limiter.margin()).as("99 releases: unchanged").isEqualTo(Duration.ofMillis(120));
    acquire(limiter, 1);
    assertThat(limiter.margin()).isEqualTo(Duration.ofMillis(90));
    acquire(limiter, 100);
    assertThat(limiter.margin()).isEqualTo(Duration.ofNanos(67_500_000));
    acquire(limiter, 1000);
    assertThat(limiter.margin())
        .as("back to the minimum, not below")
        .isEqualTo(Duration.ofMillis(15));
  }

  @Test
  void afterAnIdlePeriodTheNextRequestsCountAsColdAgain() throws Exception {
    FakeTime t = new FakeTime();
    RateLimiter limiter = t.limiter(3);
    acquire(limiter, 6);
    t.now.addAndGet(31 * SECOND);
    List<RateLimiter.Permit> p = acquire(limiter, 4);
    assertThat(p.get(3).releasedAt() - p.get(0).releasedAt()).isEqualTo(SECOND + 215 * MS);
  }

  @Test
  void unlimitedReleasesAtOnceButStillHonoursRetryAfter() throws Exception {
    FakeTime t = new FakeTime();
    RateLimiter limiter = t.limiter(0);
    long start = t.now.get();
    List<RateLimiter.Permit> p = acquire(limiter, 50);
    assertThat(t.now.get()).isEqualTo(start);
    limiter.penalize(Duration.ofMillis(400), p.get(49));
    assertThat(limiter.acquire().releasedAt() - start).isEqualTo(400 * MS);
    assertThat(limiter.margin()).isEqualTo(Duration.ofMillis(15));
  }

  @Test
  void neverReleasesMoreThanNInAnyWindowAcrossThreads() throws Exception {
    // Real clock and threads; the check is on the limiter's own release times, so no timing can
    // flake.
    RateLimiter limiter = new RateLimiter(20, 0);
    List<RateLimiter.Permit> released = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    for (int th = 0; th < 6; th++) {
      pool.submit(
          () -> {
            for (int i = 0; i < 8; i++) {
              released.add(limiter.acquire());
            }
            return null;
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
    List<Long> times = new ArrayList<>();
    released.forEach(p -> times.add(p.releasedAt()));
    Collections.sort(times);
    assertThat(times).hasSize(48);
    for (int i = 20; i < times.size(); i++) {
      // The 21st release after any release comes at least 1 s + margin later.
      assertThat(times.get(i) - times.get(i - 20)).isGreaterThanOrEqualTo(SECOND + 15 * MS);
    }
    assertThat(released).extracting(RateLimiter.Permit::sequence).doesNotHaveDuplicates();
    assertThat(limiter.usedToday()).isEqualTo(48);
  }

  @Test
  void dailyBudgetThrowsAtOnceAndResetsWithTheUtcDay() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T23:59:00Z"));
    AtomicLong now = new AtomicLong();
    RateLimiter limiter = new RateLimiter(0, 2, clock, now::get, now::addAndGet);
    limiter.acquire();
    limiter.acquire();
    assertThatThrownBy(limiter::acquire)
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("daily budget of 2")
        .hasMessageContaining("2026-11-24T00:00:00Z")
        .satisfies(
            e ->
                assertThat(((RateLimitedException) e).retryAfter())
                    .contains(Duration.ofMinutes(1)));
    assertThat(now.get()).as("never sleeps until the reset").isZero();
    clock.now = Instant.parse("2026-11-24T00:00:01Z");
    limiter.acquire();
    assertThat(limiter.usedToday()).isEqualTo(1);
  }

  private static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
