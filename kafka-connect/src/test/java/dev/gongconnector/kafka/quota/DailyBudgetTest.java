package dev.gongconnector.kafka.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DailyBudgetTest {

  @Test
  void sharesAddUpToTheBudget() {
    long sum = 0;
    for (int i = 0; i < 3; i++) sum += DailyBudget.share(10_000, i, 3);
    assertThat(sum).isEqualTo(10_000);
    assertThat(DailyBudget.share(10_000, 0, 3)).isEqualTo(3334);
    assertThat(DailyBudget.share(0, 1, 3)).isZero();
  }

  @Test
  void aSpentShareRefusesUntilTheNextUtcDay() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T23:00:00Z"), ZoneOffset.UTC);
    DailyBudget b = new DailyBudget(2, clock);
    assertThat(b.tryTake()).isTrue();
    assertThat(b.tryTake()).isTrue();
    assertThat(b.tryTake()).isFalse();
    assertThat(b.left()).isZero();
    assertThat(b.resetsAt()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
  }
}
