package dev.gongconnector.actions.library;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
 * @param read what was read from Gong (answers from Gong only)
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
    @JsonUnwrapped Read read,
    String libraryNote,
    Ranges.Range range,
    List<CallHit> calls) {

  /** {@code source} of an answer from the local library. */
  public static final String LOCAL = "local-library";

  /** {@code source} of an answer read from Gong. */
  public static final String API = "gong-api";

  /** The local library that answered: where it is and the range it covers. */
  public record Library(
      String store, Instant coveredFrom, Instant syncedThrough, Instant lastSyncAt) {}

  /**
   * What was read from Gong: the calls searched, whether the range held more, the requests, Gong's
   * count for the range, the part of it read completely, and when.
   */
  public record Read(
      int scannedCalls,
      boolean truncated,
      long requestsUsed,
      Integer callsInRange,
      Ranges.Range covered,
      Freshness freshness) {}

  /** When Gong was read. */
  public record Freshness(Instant readAt) {}

  static TranscriptSearchAnswer local(
      SearchResult r, LibraryAccess access, String note, Ranges.Range range) {
    SyncCheckpoint cp = access.checkpoint();
    String store = access.store().toString();
    Library library = new Library(store, cp.coveredFrom(), cp.syncedThrough(), cp.lastRunAt());
    return of(LOCAL, r, library, null, note, range);
  }

  static TranscriptSearchAnswer api(ApiTranscriptSearch.Answer a, String note, Ranges.Range range) {
    var read = a.read();
    Ranges.Range covered =
        read.truncated() && read.coveredFrom() != null
            ? new Ranges.Range(read.coveredFrom().toInstant(), range.to())
            : null;
    Integer inRange = read.totalRecords() >= 0 ? read.totalRecords() : null;
    Read fromGong =
        new Read(
            a.scannedCalls(),
            a.truncated(),
            a.requestsUsed(),
            inRange,
            covered,
            new Freshness(Instant.now()));
    return of(API, a.result(), null, fromGong, note, range);
  }

  private static TranscriptSearchAnswer of(
      String source, SearchResult r, Library library, Read read, String note, Ranges.Range range) {
    List<CallHit> hits = r.hits().stream().map(CallHit::of).toList();
    String highlight = "matched terms are wrapped in ** (Markdown bold)";
    Boolean lowerBound = r.totalIsLowerBound() ? true : null;
    return new TranscriptSearchAnswer(
        source,
        r.totalCalls(),
        lowerBound,
        hits.size(),
        r.tookMillis(),
        highlight,
        library,
        read,
        note,
        range,
        hits);
  }
}
