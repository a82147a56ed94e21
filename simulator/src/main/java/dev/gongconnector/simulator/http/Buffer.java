package dev.gongconnector.simulator.http;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * An unsynchronized growable byte buffer that grows by adding segments (doubling in size up to
 * {@link Bytes#MAX_SEGMENT}) rather than by copying into one larger array, so that no answer,
 * however long, needs a humongous array (see {@link Bytes}).
 */
public final class Buffer extends OutputStream {

  private byte[][] segments = new byte[4][];
  private int count;
  private byte[] current;
  private int used;
  private long fullBytes;

  /** {@code capacity}: the expected size; the first segment has it, within 16..MAX_SEGMENT. */
  public Buffer(int capacity) {
    current = new byte[Math.max(16, Math.min(Bytes.MAX_SEGMENT, capacity))];
  }

  @Override
  public void write(int b) {
    if (used == current.length) {
      nextSegment();
    }
    current[used++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    while (len > 0) {
      if (used == current.length) {
        nextSegment();
      }
      int n = Math.min(len, current.length - used);
      System.arraycopy(b, off, current, used, n);
      used += n;
      off += n;
      len -= n;
    }
  }

  /** Appends all of {@code b}. */
  public void append(byte[] b) {
    write(b, 0, b.length);
  }

  private void nextSegment() {
    if (count == segments.length) {
      segments = Arrays.copyOf(segments, count * 2);
    }
    segments[count++] = current;
    fullBytes += current.length;
    current = new byte[Math.min(Bytes.MAX_SEGMENT, current.length * 2)];
    used = 0;
  }

  public long size() {
    return fullBytes + used;
  }

  /**
   * The bytes written so far, without copying them. Later writes don't change the result: they only
   * fill the last segment past its length, or add new segments.
   */
  public Bytes toBytes() {
    byte[][] all = Arrays.copyOf(segments, count + 1);
    all[count] = current;
    return new Bytes(all, size());
  }
}
