package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A tracker (keyword or smart) and where it fired in a call.
 *
 * @param id tracker id
 * @param name tracker name
 * @param count times it fired
 * @param type {@code KEYWORD} or {@code SMART}
 * @param occurrences occurrences (only with {@code trackerOccurrences}; calls since 2023-01-01)
 * @param phrases per-phrase counts
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tracker(
    String id,
    String name,
    Integer count,
    String type,
    List<TrackerOccurrence> occurrences,
    List<TrackerPhrase> phrases) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param id tracker id
   * @param name tracker name
   * @param count times it fired
   * @param type {@code KEYWORD} or {@code SMART}
   * @param occurrences occurrences (only with {@code trackerOccurrences}; calls since 2023-01-01)
   * @param phrases per-phrase counts
   */
  public Tracker {
    occurrences = Lists.copy(occurrences);
    phrases = Lists.copy(phrases);
  }
}
