package dev.gongconnector.simulator.http;

import static dev.gongconnector.simulator.company.Ids.mix;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes Gong-looking request ids (19 lower-case base-36 characters, like {@code
 * 4al018gzaztcr8nbukw}).
 *
 * <p>Gong's requestId names one request for its support, so ids never repeat: a random key per
 * simulator instance plus a counter, passed through a bijective mix, so ids are unique within a run
 * by construction and differ between runs (with the same seed too). They are the one part of an
 * answer that is not deterministic; the data stays byte-identical for the same seed and anchor
 * date.
 */
public final class RequestIds {

  private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  /** 36^13 > 2^64: a whole 64-bit value fits in the first 13 characters. */
  private static final int FULL_CHARS = 13;

  private static final int LENGTH = 19;

  private final long key;
  private final long tailKey;
  private final AtomicLong counter = new AtomicLong();

  /** Ids keyed by a fresh random key (differ from any other instance's). */
  public RequestIds() {
    this(new SecureRandom());
  }

  RequestIds(java.util.Random random) {
    this.key = random.nextLong();
    this.tailKey = random.nextLong();
  }

  /** The next id: 19 base-36 characters, never repeated by this instance. */
  public String next() {
    // mix (SplitMix64's finalizer) is a bijection, so distinct counters give distinct values and
    // distinct 13-character heads
    long head = mix(key + counter.incrementAndGet());
    long tail = mix(head ^ tailKey);
    char[] out = new char[LENGTH];
    for (int i = 0; i < FULL_CHARS; i++) {
      out[i] = DIGITS[(int) Long.remainderUnsigned(head, 36)];
      head = Long.divideUnsigned(head, 36);
    }
    for (int i = FULL_CHARS; i < LENGTH; i++) {
      out[i] = DIGITS[(int) Long.remainderUnsigned(tail, 36)];
      tail = Long.divideUnsigned(tail, 36);
    }
    return new String(out);
  }
}
