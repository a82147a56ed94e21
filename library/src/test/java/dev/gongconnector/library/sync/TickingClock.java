package dev.gongconnector.library.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock each reading of which is one step later than the one before, whatever the machine's load:
 * "this happened after that" without depending on how fast the threads run.
 */
final class TickingClock extends Clock {

  private final AtomicLong millis = new AtomicLong(System.currentTimeMillis());
  private final long step;

  TickingClock(Duration step) {
    this.step = step.toMillis();
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
  public long millis() {
    return millis.addAndGet(step);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }
}
