package dev.gongconnector.library.search;

import java.time.Instant;
import java.util.List;

/**
 * One call that matched.
 *
 * @param score BM25 relevance (higher is better; only comparable within one search)
 * @param titleHighlighted the title with matches marked, or null when the title did not match
 * @param briefSnippet the matching passage of Gong's brief with matches marked, or null
 * @param matchingSentences how many sentences of the call matched (the first few are in {@link
 *     #sentences})
 * @param sentences the best matching sentences in call order
 * @param callJson Gong's JSON of the call's metaData and parties as synced, or null
 */
public record SearchHit(
    String callId,
    String title,
    Instant started,
    String url,
    long durationSeconds,
    String workspaceId,
    String primaryUserId,
    float score,
    String titleHighlighted,
    String briefSnippet,
    int matchingSentences,
    List<SentenceHit> sentences,
    String callJson,
    List<String> matchedFields) {

  public SearchHit {
    sentences = List.copyOf(sentences);
    matchedFields = List.copyOf(matchedFields == null ? List.of() : matchedFields);
  }
}
