package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    final AtomicLong millis;

    ManualClock(Instant start) {
      millis = new AtomicLong(start.toEpochMilli());
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
      return Instant.ofEpochMilli(millis.get());
    }
  }

  @Test
  void perSecondLimitIsPerCompanyWith429AndRetryAfter() throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-04-01T10:00:00Z"));
    try (GongSimulator sim =
        GongSimulator.builder()
            .calls(5)
            .clock(clock)
            .rateLimitPerSecond(3)
            .dailyLimit(0)
            .bearerToken("t")
            .start()) {
      SimHttp basic = new SimHttp(sim);
      SimHttp bearer = new SimHttp(sim);
      bearer.authorization = "Bearer t";
      assertThat(basic.get("/v2/workspaces").status()).isEqualTo(200);
      clock.millis.addAndGet(300);
      assertThat(bearer.get("/v2/workspaces").status()).isEqualTo(200);
      assertThat(basic.get("/v2/workspaces").status()).isEqualTo(200);
      SimHttp.Answer limited = bearer.get("/v2/workspaces");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(limited.json().get("requestId").asText()).isNotBlank();
      assertThat(limited.error()).contains("limit");
      // sliding window: 700 ms later the first request has left the window
      clock.millis.addAndGet(700);
      assertThat(basic.get("/v2/workspaces").status()).isEqualTo(200);
      assertThat(basic.get("/v2/workspaces").status()).isEqualTo(429);
    }
  }

  @Test
  void arrivalListenerIsToldEveryStampTheWindowCountsRefusedOnesToo() throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-04-01T10:00:00Z"));
    java.util.List<Long> stamps = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (GongSimulator sim =
        GongSimulator.builder()
            .calls(5)
            .clock(clock)
            .rateLimitPerSecond(1)
            .dailyLimit(0)
            .onArrival(stamps::add)
            .start()) {
      SimHttp h = new SimHttp(sim);
      long start = clock.millis();
      assertThat(h.get("/v2/workspaces").status()).isEqualTo(200);
      clock.millis.addAndGet(250);
      assertThat(h.get("/v2/workspaces").status()).isEqualTo(429);
      clock.millis.addAndGet(750);
      assertThat(h.get("/v2/workspaces").status()).isEqualTo(200);
      assertThat(stamps).containsExactly(start, start + 250, start + 1000);
    }
  }

  @Test
  void dailyLimitRetryAfterCountsToUtcMidnight() throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-04-01T23:00:00Z"));
    try (GongSimulator sim =
        GongSimulator.builder().calls(5).clock(clock).rateLimitPerSecond(0).dailyLimit(2).start()) {
      SimHttp h = new SimHttp(sim);
      assertThat(h.get("/v2/workspaces").status()).isEqualTo(200);
      assertThat(h.get("/v2/users").status()).isEqualTo(200);
      SimHttp.Answer a = h.get("/v2/workspaces");
      assertThat(a.status()).isEqualTo(429);
      assertThat(a.headers().firstValue("Retry-After")).hasValue("3600");
      assertThat(a.error()).contains("daily");
      assertThat(sim.dailyRequestsUsed()).isEqualTo(2);
      clock.millis.addAndGet(3_600_000);
      assertThat(h.get("/v2/workspaces").status()).isEqualTo(200);
    }
  }

  @Test
  void unauthenticatedRequestsDoNotSpendQuota() throws Exception {
    try (GongSimulator sim =
        GongSimulator.builder().calls(5).rateLimitPerSecond(0).dailyLimit(1).start()) {
      SimHttp anon = new SimHttp(sim);
      anon.authorization = null;
      assertThat(anon.get("/v2/workspaces").status()).isEqualTo(401);
      assertThat(new SimHttp(sim).get("/v2/workspaces").status()).isEqualTo(200);
    }
  }

  @Test
  void realClockBurst() throws Exception {
    try (GongSimulator sim = GongSimulator.builder().calls(5).dailyLimit(0).start()) {
      SimHttp h = new SimHttp(sim);
      int limited = 0;
      for (int i = 0; i < 6; i++) {
        if (h.get("/v2/workspaces").status() == 429) {
          limited++;
        }
      }
      assertThat(limited).isGreaterThanOrEqualTo(1);
    }
  }
}
