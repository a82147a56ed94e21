package dev.gongconnector.library;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call as the library stores it: metadata, the searchable content Gong computed (brief, topics,
 * key points, trackers, highlights) and the transcript with speakers already resolved.
 *
 * @param id Gong call id (a string of up to 20 digits)
 * @param started when the call started; the library's date filters and checkpoints use it
 * @param durationSeconds call length in seconds, or 0 when unknown
 * @param topics the topics the call spent time on (duration above 0)
 * @param trackers names of the trackers that fired (count above 0) and the phrases that fired them
 * @param highlights highlight and outline item texts
 * @param accounts names of the CRM accounts linked to the call
 * @param opportunities names of the CRM opportunities linked to the call
 * @param transcriptAvailable false while Gong has not produced the transcript yet (it is re-read
 *     later)
 * @param callJson Gong's JSON of the call as {@code /v2/calls/extensive} gave it, reduced to {@code
 *     metaData} and {@code parties} (what a search result shows), or null
 */
public record LibraryCall(
    String id,
    String url,
    String title,
    Instant started,
    long durationSeconds,
    String workspaceId,
    String primaryUserId,
    String direction,
    String scope,
    String brief,
    List<String> topics,
    List<String> keyPoints,
    List<String> trackers,
    List<String> highlights,
    List<String> accounts,
    List<String> opportunities,
    List<LibraryParty> parties,
    List<LibrarySentence> sentences,
    boolean transcriptAvailable,
    String callJson) {

  public LibraryCall {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) throw new IllegalArgumentException("id is blank");
    Objects.requireNonNull(started, "started");
    topics = List.copyOf(topics == null ? List.of() : topics);
    keyPoints = List.copyOf(keyPoints == null ? List.of() : keyPoints);
    trackers = List.copyOf(trackers == null ? List.of() : trackers);
    highlights = List.copyOf(highlights == null ? List.of() : highlights);
    accounts = List.copyOf(accounts == null ? List.of() : accounts);
    opportunities = List.copyOf(opportunities == null ? List.of() : opportunities);
    parties = List.copyOf(parties == null ? List.of() : parties);
    sentences = List.copyOf(sentences == null ? List.of() : sentences);
  }
}
