package dev.gongconnector.actions.library;

import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.library.search.SearchResult;
import dev.gongconnector.library.sync.SyncCheckpoint;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code search_transcripts}: where it came from ({@code source}), counts, the hits,
 * and either the local library's coverage or what was read from Gong.
 *
 * @param library the store and its coverage (local answers only)
 * @param scannedCalls calls read from Gong and searched (Gong answers only), like {@code
 *     truncated}, {@code requestsUsed}, {@code callsInRange}, {@code covered} and {@code freshness}
 * @param libraryNote why the library did not answer, or what it misses of the range
 */
public record TranscriptSearchAnswer(
    String source,
    long totalCalls,
    Boolean totalIsLowerBound,
    int returned,
    long tookMillis,
    String highlight,
    Library library,
    Integer scannedCalls,
    Boolean truncated,
    Long requestsUsed,
    Long callsInRange,
    Ranges.Range covered,
    Freshness freshness,
    String libraryNote,
    Ranges.Range range,
    List<CallHit> calls) {

  /** {@code source} of an answer from the local library. */
  public static final String LOCAL = "local-library";

  /** {@code source} of an answer read from Gong. */
  public static final String API = "gong-api";

  /** When Gong was read. */
  public record Freshness(Instant readAt) {}

  /** The local library that answered: where it is and the range it covers. */
  public record Library(
      String store, Instant coveredFrom, Instant syncedThrough, Instant lastSyncAt) {}

  static TranscriptSearchAnswer local(
      SearchResult r, LibraryAccess library, String note, Ranges.Range range) {
    SyncCheckpoint cp = library.checkpoint();
    Library state =
        new Library(
            library.store().toString(), cp.coveredFrom(), cp.syncedThrough(), cp.lastRunAt());
    return new TranscriptSearchAnswer(
        LOCAL,
        r.totalCalls(),
        lowerBound(r),
        r.hits().size(),
        r.tookMillis(),
        HIGHLIGHT,
        state,
        null,
        null,
        null,
        null,
        null,
        null,
        note,
        range,
        hits(r));
  }

  static TranscriptSearchAnswer api(ApiTranscriptSearch.Answer a, String note, Ranges.Range range) {
    SearchResult r = a.result();
    var read = a.read();
    Ranges.Range covered =
        read.truncated() && read.coveredFrom() != null
            ? new Ranges.Range(read.coveredFrom().toInstant(), range.to())
            : null;
    return new TranscriptSearchAnswer(
        API,
        r.totalCalls(),
        lowerBound(r),
        r.hits().size(),
        r.tookMillis(),
        HIGHLIGHT,
        null,
        a.scannedCalls(),
        a.truncated(),
        a.requestsUsed(),
        read.totalRecords() >= 0 ? (Long) (long) read.totalRecords() : null,
        covered,
        new Freshness(Instant.now()),
        note,
        range,
        hits(r));
  }

  private static final String HIGHLIGHT = "matched terms are wrapped in ** (Markdown bold)";

  private static Boolean lowerBound(SearchResult r) {
    return r.totalIsLowerBound() ? true : null;
  }

  private static List<CallHit> hits(SearchResult r) {
    return r.hits().stream().map(CallHit::of).toList();
  }
}
