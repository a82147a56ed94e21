package dev.gongconnector.library.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Options of one sync run.
 *
 * @param from mirror calls that started at or after this instant; null means "continue where the
 *     store is", or {@link #DEFAULT_FIRST_RANGE} back from now on the first run
 * @param workspaceId mirror one workspace, or null for all
 * @param lookback how far before the last synced instant to re-read, since Gong lists calls late
 *     and updates their content after processing (unconfirmed how late; two days by default)
 */
public record SyncOptions(Instant from, String workspaceId, Duration lookback, Clock clock) {

  /** How far back a first sync reaches without {@code --from}. */
  public static final Duration DEFAULT_FIRST_RANGE = Duration.ofDays(90);

  public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(2);

  public SyncOptions {
    lookback = Objects.requireNonNullElse(lookback, DEFAULT_LOOKBACK);
    if (lookback.isNegative()) throw new IllegalArgumentException("lookback: must not be negative");
    clock = Objects.requireNonNullElse(clock, Clock.systemUTC());
    if (workspaceId != null && workspaceId.isBlank()) workspaceId = null;
    if (from != null && from.isAfter(clock.instant())) {
      throw new IllegalArgumentException("from: " + from + " is in the future");
    }
  }

  /** Defaults: continue, all workspaces, two days of lookback. */
  public static SyncOptions defaults() {
    return new SyncOptions(null, null, null, null);
  }

  public SyncOptions withFrom(Instant from) {
    return new SyncOptions(from, workspaceId, lookback, clock);
  }

  public SyncOptions withWorkspaceId(String workspaceId) {
    return new SyncOptions(from, workspaceId, lookback, clock);
  }

  public SyncOptions withLookback(Duration lookback) {
    return new SyncOptions(from, workspaceId, lookback, clock);
  }

  public SyncOptions withClock(Clock clock) {
    return new SyncOptions(from, workspaceId, lookback, clock);
  }
}
