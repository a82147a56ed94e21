package dev.gongconnector.simulator.http;

import java.io.OutputStream;
import java.util.Arrays;

/** An unsynchronized growable byte buffer whose array is handed to the answer without a copy. */
public final class Buffer extends OutputStream {

  private byte[] bytes;
  private int size;

  public Buffer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  @Override
  public void write(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, bytes, size, len);
    size += len;
  }

  /** Appends all of {@code b}. */
  public void append(byte[] b) {
    write(b, 0, b.length);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** The backing array; valid up to {@link #size()}. */
  public byte[] array() {
    return bytes;
  }

  public int size() {
    return size;
  }
}
