package dev.gongconnector.library.index;

import dev.gongconnector.library.LibraryCall;
import dev.gongconnector.library.LibraryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The writable side of a library store: upserts calls and commits them together with the sync
 * checkpoint, so that what is on disk is always a consistent "these calls, synced up to here".
 *
 * <p>One writer per store at a time (Lucene's lock file; released by the OS when a process dies).
 * Nothing is committed on {@link #close()}: changes since the last {@link #commit} are rolled back,
 * which is what makes a killed or failed sync resumable from its last checkpoint.
 */
public final class LibraryIndex implements AutoCloseable {

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;

  private LibraryIndex(Path path, Directory directory, IndexWriter writer) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
  }

  /** Opens (or creates) the index in {@code path} for writing. */
  public static LibraryIndex open(Path path) {
    return open(path, false);
  }

  /**
   * Opens the index in {@code path} for writing; with {@code rebuild} everything in it (calls and
   * checkpoint) is dropped when the first commit is made (a store of an older format).
   */
  public static LibraryIndex open(Path path, boolean rebuild) {
    Directory directory = null;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new LibraryException("cannot open the library at " + path + ": " + e.getMessage(), e);
    }
    return open(directory, path, rebuild);
  }

  /**
   * Opens (or creates) an index in {@code directory} (e.g. in memory), which it closes on {@link
   * #close()}.
   */
  public static LibraryIndex open(Directory directory, Path path) {
    return open(directory, path, false);
  }

  /**
   * Opens (or creates) an index in {@code directory}, which it closes on {@link #close()}; with
   * {@code rebuild} as {@link #open(Path, boolean)}.
   */
  public static LibraryIndex open(Directory directory, Path path, boolean rebuild) {
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(LibraryAnalyzer.create())
              .setOpenMode(
                  rebuild
                      ? IndexWriterConfig.OpenMode.CREATE
                      : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setCommitOnClose(false)
              .setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        StoreDamage.verify(writer);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
      return new LibraryIndex(path, directory, writer);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new LibraryException(
          "another sync is writing the library at " + path + "; wait for it to finish", e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(directory);
      if (StoreDamage.isDamage(e)) throw StoreDamage.damaged(path, e);
      if (e instanceof RuntimeException r) throw r;
      throw new LibraryException("cannot open the library at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Where the index lives. */
  public Path path() {
    return path;
  }

  /** Inserts {@code call} or replaces every document of the call with the same id (atomically). */
  public void upsert(LibraryCall call) {
    try {
      writer.updateDocuments(new Term(LibraryFields.CALL_ID, call.id()), CallDocuments.block(call));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The key/value data of the last commit (the sync checkpoint), empty for a new store. */
  public Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) live.forEach(e -> data.put(e.getKey(), e.getValue()));
    return data;
  }

  /** Makes every upsert so far durable together with {@code data}, in one atomic Lucene commit. */
  public void commit(Map<String, String> data) {
    try {
      writer.setLiveCommitData(Map.copyOf(data).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of calls in the index, counting uncommitted upserts. */
  public int callCount() {
    try (var reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader)
          .count(new TermQuery(new Term(LibraryFields.TYPE, LibraryFields.TYPE_CALL)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ids of the calls without a transcript that started in [{@code from}, {@code to}), at most
   * {@code max}, newest first: Gong transcribes late, so a sync asks for them again.
   */
  public List<String> callsWithoutTranscript(Instant from, Instant to, int max) {
    try (var reader = DirectoryReader.open(writer)) {
      var searcher = new IndexSearcher(reader);
      var query =
          new BooleanQuery.Builder()
              .add(
                  new TermQuery(new Term(LibraryFields.TYPE, LibraryFields.TYPE_CALL)),
                  Occur.FILTER)
              .add(
                  new TermQuery(new Term(LibraryFields.TRANSCRIPT_AVAILABLE, "false")),
                  Occur.FILTER)
              .add(
                  LongPoint.newRangeQuery(
                      LibraryFields.STARTED, from.toEpochMilli(), to.toEpochMilli() - 1),
                  Occur.FILTER)
              .build();
      var sort = new Sort(new SortField(LibraryFields.STARTED, SortField.Type.LONG, true));
      var stored = searcher.storedFields();
      List<String> ids = new ArrayList<>();
      for (var hit : searcher.search(query, max, sort).scoreDocs) {
        ids.add(stored.document(hit.doc, Set.of(LibraryFields.CALL_ID)).get(LibraryFields.CALL_ID));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops uncommitted changes and releases the store. */
  @Override
  public void close() {
    try {
      writer.rollback();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(directory);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) return;
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Already failing or closing; the original problem matters more.
    }
  }
}
