package dev.gongconnector.simulator.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * An immutable byte sequence held as segments, so that a multi-megabyte answer is never one array:
 * G1 allocates an array of half a region or more (512 KB with a 1 GB heap) as a humongous object,
 * and each such allocation starts a concurrent cycle. {@link Buffer} makes segments of at most
 * {@link #MAX_SEGMENT} bytes; {@link #of} wraps a small array as it is. Every segment but the last
 * is full.
 */
public final class Bytes {

  /** Largest segment; far below any G1 region's half (regions are 1 MB at least). */
  public static final int MAX_SEGMENT = 64 * 1024;

  private final byte[][] segments;
  private final long length;

  /** {@code segments} are owned by the new value; all are full except the last. */
  Bytes(byte[][] segments, long length) {
    this.segments = segments;
    this.length = length;
  }

  /** {@code bytes} as one segment (no copy), for small bodies such as error answers. */
  public static Bytes of(byte[] bytes) {
    return new Bytes(new byte[][] {bytes}, bytes.length);
  }

  public long length() {
    return length;
  }

  public int segmentCount() {
    return segments.length;
  }

  /** Size of the largest segment array (its capacity, which the last one may not fill). */
  public int largestSegment() {
    int largest = 0;
    for (byte[] s : segments) {
      largest = Math.max(largest, s.length);
    }
    return largest;
  }

  /** Writes all bytes. */
  public void writeTo(OutputStream out) throws IOException {
    writeTo(out, 0, length);
  }

  /**
   * Writes the bytes at {@code [from, to)}: faults send part of a body (a half, then the rest).
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code [0, length]}
   */
  public void writeTo(OutputStream out, long from, long to) throws IOException {
    Objects.checkFromToIndex(from, to, length);
    long start = 0;
    for (byte[] s : segments) {
      if (from >= to) {
        return;
      }
      long end = start + s.length;
      if (from < end) {
        int n = (int) (Math.min(to, end) - from);
        out.write(s, (int) (from - start), n);
        from += n;
      }
      start = end;
    }
  }
}
