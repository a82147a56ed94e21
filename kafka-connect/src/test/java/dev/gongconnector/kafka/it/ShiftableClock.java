package dev.gongconnector.kafka.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A running clock that a test can move forward (the local Gong's "next day"). */
final class ShiftableClock extends Clock {

  private volatile Duration offset;

  ShiftableClock(Instant startAt) {
    this.offset = Duration.between(Instant.now(), startAt);
  }

  void shift(Duration by) {
    offset = offset.plus(by);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
