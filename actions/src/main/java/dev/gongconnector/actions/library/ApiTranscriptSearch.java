package dev.gongconnector.actions.library;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.library.LibraryCall;
import dev.gongconnector.library.index.LibraryIndex;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.library.search.SearchResult;
import dev.gongconnector.library.sync.GongCallSource;
import dev.gongconnector.library.sync.SourcePage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Transcript search without a local library: reads the range from Gong (extensive data and
 * transcripts, two requests per 100 calls, up to {@code maxCalls} calls), indexes it in memory and
 * searches it with the library's own ranking and highlighting, so both paths answer alike.
 */
final class ApiTranscriptSearch {

  /** The answer plus what was read. */
  record Answer(SearchResult result, int scannedCalls, boolean truncated, long requestsUsed) {}

  private ApiTranscriptSearch() {}

  static Answer search(
      GongClient client,
      SearchRequest request,
      Instant from,
      Instant to,
      String workspaceId,
      int maxCalls,
      ProgressListener progress) {
    GongCallSource source = new GongCallSource(client);
    int scanned = 0;
    boolean truncated = false;
    Path label = Path.of("(in memory)");
    ByteBuffersDirectory memory = new ByteBuffersDirectory();
    try (LibraryIndex index = LibraryIndex.open(memory, label)) {
      String cursor = null;
      do {
        SourcePage page = source.page(from, to, workspaceId, cursor);
        for (LibraryCall call : page.calls()) {
          if (scanned == maxCalls) {
            truncated = true;
            break;
          }
          index.upsert(call);
          scanned++;
        }
        progress.progress(
            "reading calls and transcripts from Gong",
            scanned,
            page.totalRecords() < 0 ? -1 : Math.min(maxCalls, page.totalRecords()));
        cursor = page.cursor();
        if (cursor != null && scanned == maxCalls) truncated = true;
      } while (cursor != null && !truncated);
      index.commit(Map.of());
      // Closing the writer would close the directory too: search a copy-free reader first.
      try (LibrarySearcher searcher = LibrarySearcher.open(new ReadOnly(memory), label)) {
        return new Answer(searcher.search(request), scanned, truncated, source.requestsUsed());
      }
    }
  }

  /** The in-memory directory, left open when the searcher closes (the index closes it). */
  private static final class ReadOnly extends org.apache.lucene.store.FilterDirectory {
    ReadOnly(org.apache.lucene.store.Directory in) {
      super(in);
    }

    @Override
    public void close() {
      // owned by the LibraryIndex
    }
  }
}
