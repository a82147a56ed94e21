package dev.gongconnector.actions.library;

import dev.gongconnector.library.search.SearchHit;
import dev.gongconnector.library.search.SentenceHit;
import java.time.Instant;
import java.util.List;

/**
 * One call found by {@code search_transcripts}: the call's own fields under Gong's names ({@code
 * id, title, started, url, duration, workspaceId, primaryUserId}) and what matched.
 *
 * @param duration seconds; absent when unknown
 * @param titleMatch the title with matched terms in {@code **}, when it matched
 * @param briefMatch a snippet of Gong's brief, when it matched
 */
public record CallHit(
    String id,
    String title,
    Instant started,
    String url,
    Long duration,
    String workspaceId,
    String primaryUserId,
    double score,
    String titleMatch,
    String briefMatch,
    int matchingSentences,
    List<Sentence> sentences) {

  /** A matching sentence: who said it, when ({@code m:ss} and milliseconds) and the text. */
  public record Sentence(
      String speaker, String affiliation, String time, long startMs, String text) {}

  static CallHit of(SearchHit h) {
    return new CallHit(
        h.callId(),
        h.title(),
        h.started(),
        h.url(),
        h.durationSeconds() > 0 ? h.durationSeconds() : null,
        h.workspaceId(),
        h.primaryUserId(),
        Math.round(h.score() * 1000) / 1000.0,
        h.titleHighlighted(),
        h.briefSnippet(),
        h.matchingSentences(),
        h.sentences().stream().map(CallHit::sentence).toList());
  }

  private static Sentence sentence(SentenceHit s) {
    return new Sentence(
        s.speakerName(), s.affiliation(), clock(s.startMs()), s.startMs(), s.highlighted());
  }

  /** {@code m:ss} or {@code h:mm:ss} from the start of the call. */
  static String clock(long ms) {
    long s = ms / 1000;
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }
}
