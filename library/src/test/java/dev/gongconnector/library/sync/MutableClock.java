package dev.gongconnector.library.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move forward: "the next day" for the simulator's daily limit. */
final class MutableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  void advance(Duration d) {
    offset = offset.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
