package dev.gongconnector.simulator.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes Gong-looking request ids (lower-case base 36, like {@code 4al018gzaztcr8nbukw}).
 *
 * <p>Derived from the seed and a counter, so two simulators serving the same sequence of requests give the
 * same ids (byte-identical answers for determinism checks).
 */
public final class RequestIds {

    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final long seed;
    private final AtomicLong counter = new AtomicLong();

    public RequestIds(long seed) {
        this.seed = seed;
    }

    /** The next id: 19 base-36 characters. */
    public String next() {
        long h = mix(seed * 0x9E3779B97F4A7C15L + counter.incrementAndGet());
        long h2 = mix(h ^ 0xD1B54A32D192ED03L);
        char[] out = new char[19];
        for (int i = 0; i < 19; i++) {
            long src = i < 10 ? h : h2;
            out[i] = DIGITS[(int) Long.remainderUnsigned(src, 36)];
            if (i < 10) {
                h = Long.divideUnsigned(h, 36);
            } else {
                h2 = Long.divideUnsigned(h2, 36);
            }
        }
        return new String(out);
    }

    /** SplitMix64 finalizer. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
