package dev.gongconnector.simulator.company;

import java.util.SplittableRandom;

/**
 * Gong-like ids: 19-digit decimal numbers (as strings on the wire; Gong allows up to 20 digits).
 */
public final class Ids {

  private static final long MIN = 1_000_000_000_000_000_000L;

  private Ids() {}

  /** A 19-digit id in [1e18, 9.2e18), so it fits a signed long and sorts numerically. */
  public static long next(SplittableRandom rng) {
    return MIN + rng.nextLong(Long.MAX_VALUE - MIN - 1_000_000L);
  }

  /**
   * SplitMix64 finalizer (a bijection): a good 64-bit hash for per-object seeds, request ids and
   * cursors.
   */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A random generator for (seed, salt): same inputs, same sequence. */
  public static SplittableRandom rng(long seed, long salt) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L ^ mix(salt)));
  }
}
