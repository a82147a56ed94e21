package dev.gongconnector.library.search;

import static dev.gongconnector.library.index.LibraryFields.*;

import dev.gongconnector.library.LibraryException;
import dev.gongconnector.library.index.LibraryAnalyzer;
import dev.gongconnector.library.sync.SyncCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a library store: ranks calls (BM25), then finds and highlights each call's matching
 * sentences. Thread-safe; open once and reuse, since opening reads the index from disk.
 *
 * <p>Sees the store as of its last commit (a sync in progress commits after each page); call {@link
 * #refresh()} to see newer commits.
 */
public final class LibrarySearcher implements AutoCloseable {

  private final Path path;
  private final Directory directory;
  private final Analyzer analyzer = LibraryAnalyzer.create();
  private final BitSetProducer calls =
      new QueryBitSetProducer(new TermQuery(new Term(TYPE, TYPE_CALL)));
  private volatile DirectoryReader reader;

  private LibrarySearcher(Path path, Directory directory, DirectoryReader reader) {
    this.path = path;
    this.directory = directory;
    this.reader = reader;
  }

  /**
   * Opens the store in {@code path} for searching; fails with a clear message when nothing was
   * synced there.
   */
  public static LibrarySearcher open(Path path) {
    if (!Files.isDirectory(path))
      throw new LibraryException("no library at " + path + "; run `gong sync` first");
    try {
      return open(FSDirectory.open(path), path);
    } catch (IOException e) {
      throw new LibraryException("cannot read the library at " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an index in {@code directory} (e.g. in memory) for searching; closes the directory on
   * {@link #close()}.
   */
  public static LibrarySearcher open(Directory directory, Path path) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new LibraryException("no library at " + path + "; run `gong sync` first");
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      if (SyncCheckpoint.isOutdated(reader.getIndexCommit().getUserData())) {
        reader.close();
        throw new LibraryException(
            "the library at "
                + path
                + " was written by an older version of gong-connector and indexes calls"
                + " differently; run `gong sync` (MCP: sync_library) to rebuild it");
      }
      return new LibrarySearcher(path, directory, reader);
    } catch (IOException | RuntimeException e) {
      // A corrupt or unreadable store: nothing is left open behind the error.
      closeQuietly(directory, e);
      if (e instanceof LibraryException) throw (LibraryException) e;
      throw new LibraryException("cannot read the library at " + path + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Directory directory, Exception failure) {
    try {
      directory.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Sees the latest commit of the store (e.g. after a sync). */
  public synchronized void refresh() {
    try {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader);
      if (newer != null) {
        DirectoryReader old = reader;
        reader = newer;
        old.decRef();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sync checkpoint stored with the commit this searcher sees. */
  public Map<String, String> commitData() {
    // Hold a reference: a refresh() on another thread may close the reader this read started on.
    DirectoryReader current = acquire();
    try {
      return current.getIndexCommit().getUserData();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(current);
    }
  }

  /** Number of calls in the store. */
  public int callCount() {
    DirectoryReader current = acquire();
    try {
      return new IndexSearcher(current).count(new TermQuery(new Term(TYPE, TYPE_CALL)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(current);
    }
  }

  /** Runs {@code request}. */
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    DirectoryReader current = acquire();
    try {
      IndexSearcher searcher = new IndexSearcher(current);
      SearchQueries q = new SearchQueries(request, analyzer);
      TopDocs top = topCalls(searcher, q, request);
      ScoreDoc[] page =
          Arrays.copyOfRange(
              top.scoreDocs,
              Math.min(request.offset(), top.scoreDocs.length),
              top.scoreDocs.length);
      List<SearchHit> hits = new CallHits(searcher, analyzer, calls, q, request).hits(page);
      long took = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(
          top.totalHits.value,
          top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO,
          hits,
          took);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(current);
    }
  }

  private TopDocs topCalls(IndexSearcher searcher, SearchQueries q, SearchRequest request)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    q.callFilters.forEach(f -> b.add(f, Occur.FILTER));
    if (q.speakerFilter != null) {
      // The speaker must have said something matching: join the sentence query up to its call. As a
      // pure
      // filter: the call-level query ranks (scoring every matching sentence of every call was 3x
      // slower).
      Query said = q.sentencesToShow();
      b.add(
          new ToParentBlockJoinQuery(said, calls, ScoreMode.None),
          q.callText == null ? Occur.MUST : Occur.FILTER);
    }
    if (q.callText != null) b.add(q.callText, Occur.MUST);
    Query query = b.build();
    switch (request.sort()) {
      case NEWEST:
        return searcher.search(
            query,
            request.offset() + request.limit(),
            new Sort(new SortField(STARTED, SortField.Type.LONG, true)),
            true);
      case OLDEST:
        return searcher.search(
            query,
            request.offset() + request.limit(),
            new Sort(new SortField(STARTED, SortField.Type.LONG, false)),
            true);
      default:
        return searcher.search(query, request.offset() + request.limit());
    }
  }

  private synchronized DirectoryReader acquire() {
    DirectoryReader r = reader;
    r.incRef();
    return r;
  }

  private static void release(DirectoryReader r) {
    try {
      r.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the store lives. */
  public Path path() {
    return path;
  }

  @Override
  public synchronized void close() {
    try {
      reader.decRef();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
