package dev.gongconnector.library;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A disk that fills up: a Lucene directory over a real one whose writes fail as the operating
 * system's do ({@code IOException: No space left on device}) once {@link #fill()} is called. A fake
 * disk, not a fake of our code: the library's own writer meets it exactly as it would meet a full
 * file system.
 */
final class FillingDisk extends FilterDirectory {

  private final AtomicLong free = new AtomicLong(Long.MAX_VALUE);

  FillingDisk(Directory in) {
    super(in);
  }

  /** From now on, every byte written fails. */
  void fill() {
    free.set(0);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    return new Limited(super.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    return new Limited(super.createTempOutput(prefix, suffix, context));
  }

  private final class Limited extends FilterIndexOutput {
    Limited(IndexOutput out) {
      super("full-disk(" + out + ")", out.getName(), out);
    }

    private void take(long bytes) throws IOException {
      if (free.addAndGet(-bytes) < 0) {
        free.set(0);
        throw new IOException("No space left on device");
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      take(1);
      super.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      take(length);
      super.writeBytes(b, offset, length);
    }
  }
}
