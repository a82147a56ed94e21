package dev.gongconnector.client.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A keyword tracker ({@code KeywordTracker}); {@code trackerId} is the id calls' extensive data
 * uses.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeywordTracker(
    String trackerId,
    String trackerName,
    String workspaceId,
    List<TrackerKeywords> languageKeywords,
    String affiliation,
    Boolean partOfQuestion,
    String saidAt,
    Integer saidAtInterval,
    String saidAtUnit,
    List<String> saidInTopics,
    List<String> saidInCallParts,
    String filterQuery,
    OffsetDateTime created,
    String creatorUserId,
    OffsetDateTime updated,
    String updaterUserId) {

  /**
   * Checks that {@code trackerId} is present, copies the lists (null becomes empty), so the record
   * stays immutable.
   *
   * @param trackerId tracker id
   * @param trackerName tracker name
   * @param workspaceId workspace id
   * @param languageKeywords language keywords
   * @param affiliation affiliation
   * @param partOfQuestion whether part of question
   * @param saidAt said at
   * @param saidAtInterval said at interval
   * @param saidAtUnit said at unit
   * @param saidInTopics said in topics
   * @param saidInCallParts said in call parts
   * @param filterQuery filter query
   * @param created created
   * @param creatorUserId creator user id
   * @param updated updated
   * @param updaterUserId updater user id
   */
  public KeywordTracker {
    languageKeywords = Lists.copy(languageKeywords);
    saidInTopics = Lists.copy(saidInTopics);
    saidInCallParts = Lists.copy(saidInCallParts);
    java.util.Objects.requireNonNull(trackerId, "trackerId");
  }
}
