package dev.gongconnector.client;

import dev.gongconnector.client.users.User;
import dev.gongconnector.simulator.GongSimulator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Shared set-up: a local Gong with limits off and a client with fast retry settings. */
final class SimTestSupport {

  /** A fixed anchor so every run generates the same company. */
  static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);

  private SimTestSupport() {}

  static GongSimulator.Builder sim(int calls) {
    return GongSimulator.builder()
        .calls(calls)
        .seed(42)
        .anchorDate(ANCHOR)
        .rateLimitPerSecond(0)
        .dailyLimit(0)
        .latencyMs(0)
        .faultRate(0)
        .accessKey("test-key")
        .accessKeySecret("s3cr3t-value-never-shown");
  }

  /**
   * A client with few attempts (a failure shows quickly) but a long request timeout: on a loaded
   * machine a slow answer must not turn into a retry, or tests that count requests see one more.
   * Tests of timeouts set their own.
   */
  static GongClient.Builder client(GongSimulator sim) {
    return GongClient.builder()
        .baseUrl(sim.baseUrl())
        .credentials(sim.accessKey(), sim.accessKeySecret())
        .rateLimitPerSecond(0)
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(60))
        .maxAttempts(4)
        .maxRetryTime(Duration.ofSeconds(20));
  }

  /** Before each test: no scripted faults left over, request counts from zero. */
  static void reset(GongSimulator sim) {
    sim.faults().clear();
    sim.resetRequestCounts();
  }

  /** The first active user of the generated company (a valid host for new calls). */
  static User activeUser(GongClient gong) {
    return gong.users()
        .list()
        .filter(u -> Boolean.TRUE.equals(u.active()))
        .findFirst()
        .orElseThrow();
  }

  /** A range that holds every generated call. */
  static OffsetDateTime from() {
    return ANCHOR.minusYears(3).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  static OffsetDateTime to() {
    return ANCHOR.plusYears(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
