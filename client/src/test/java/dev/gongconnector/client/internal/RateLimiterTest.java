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
import org.junit.jupiter.api.Test;

/** The limiter's own guarantees, on the moments it releases requests (the HTTP side is in RateLimitTest). */
class RateLimiterTest {

    @Test
    void neverReleasesMoreThanNInAnyWindowAcrossThreads() throws Exception {
        RateLimiter limiter = new RateLimiter(20, 0);
        List<Long> released = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 8; i++) {
                    limiter.acquire();
                    released.add(System.nanoTime());
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        List<Long> times = new ArrayList<>(released);
        Collections.sort(times);
        assertThat(times).hasSize(48);
        for (int i = 20; i < times.size(); i++) {
            // The 21st release after any release comes at least one second later.
            assertThat(times.get(i) - times.get(i - 20)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1000));
        }
        double seconds = (times.get(47) - times.get(0)) / 1e9;
        assertThat(47 / seconds).as("rate").isLessThanOrEqualTo(20.0);
        assertThat(limiter.usedToday()).isEqualTo(48);
    }

    @Test
    void penalizePausesEveryone() throws Exception {
        RateLimiter limiter = new RateLimiter(0, 0);
        limiter.acquire();
        limiter.penalize(Duration.ofMillis(400));
        long t0 = System.nanoTime();
        limiter.acquire();
        assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(390));
    }

    @Test
    void dailyBudgetThrowsAtOnceAndResetsWithTheUtcDay() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T23:59:00Z"));
        RateLimiter limiter = new RateLimiter(0, 2, clock);
        limiter.acquire();
        limiter.acquire();
        assertThatThrownBy(limiter::acquire).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("daily budget of 2").hasMessageContaining("2026-11-24T00:00:00Z")
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofMinutes(1)));
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
