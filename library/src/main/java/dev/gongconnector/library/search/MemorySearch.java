package dev.gongconnector.library.search;

import dev.gongconnector.library.LibraryCall;
import dev.gongconnector.library.index.LibraryIndex;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

/**
 * Searches calls fetched from Gong just now, with the library's own indexing, analyzer, query
 * syntax, ranking and highlighting, so an answer from the API and one from a synced library match
 * the same calls for the same query.
 */
public final class MemorySearch {

  private static final Path LABEL = Path.of("(in memory)");

  private MemorySearch() {}

  /** Indexes {@code calls} in memory and runs {@code request} over them. */
  public static SearchResult search(Collection<LibraryCall> calls, SearchRequest request) {
    ByteBuffersDirectory memory = new ByteBuffersDirectory();
    try (LibraryIndex index = LibraryIndex.open(memory, LABEL)) {
      calls.forEach(index::upsert);
      index.commit(Map.of());
      // Closing the writer closes the directory: the searcher gets a view that leaves it open.
      try (LibrarySearcher searcher = LibrarySearcher.open(new KeptOpen(memory), LABEL)) {
        return searcher.search(request);
      }
    }
  }

  /** The in-memory directory, left open when the searcher closes (the index closes it). */
  private static final class KeptOpen extends FilterDirectory {
    KeptOpen(Directory in) {
      super(in);
    }

    @Override
    public void close() {
      // owned by the LibraryIndex
    }
  }
}
