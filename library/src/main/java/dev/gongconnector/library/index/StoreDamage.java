package dev.gongconnector.library.index;

import dev.gongconnector.library.LibraryException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Recognises a damaged store (bad checksums, truncated or missing files, an unknown format) and
 * says so in words a person can act on, instead of Lucene's exception names.
 */
public final class StoreDamage {

  private StoreDamage() {}

  /** Whether {@code failure} (or a cause) means the files of the store are damaged. */
  public static boolean isDamage(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CorruptIndexException
          || t instanceof IndexFormatTooOldException
          || t instanceof IndexFormatTooNewException
          || t instanceof EOFException
          || t instanceof NoSuchFileException) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code failure} (or a cause, e.g. a writer's tragic event) is a full disk. */
  public static boolean isDiskFull(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (t instanceof IOException
          && m != null
          && (m.contains("No space left on device")
              || m.contains("not enough space on the disk"))) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) if (s != t && isDiskFull(s)) return true;
    }
    return false;
  }

  /** The error for a damaged store at {@code path}. */
  public static LibraryException damaged(Path path, Throwable cause) {
    return new LibraryException(
        "the library at " + path + " is damaged: remove it and run `gong sync`", cause);
  }

  /**
   * Verifies the checksums of every file of the index {@code writer} holds (reads them whole: done
   * once when a sync opens the store, so that it never builds on damaged data).
   */
  static void verify(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) leaf.reader().checkIntegrity();
    }
  }
}
