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

  public KeywordTracker {
    languageKeywords = Lists.copy(languageKeywords);
    saidInTopics = Lists.copy(saidInTopics);
    saidInCallParts = Lists.copy(saidInCallParts);
    java.util.Objects.requireNonNull(trackerId, "trackerId");
  }
}
