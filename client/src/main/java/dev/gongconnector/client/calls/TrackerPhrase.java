package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * One phrase of a keyword tracker with its occurrences.
 *
 * @param phrase the phrase
 * @param count times heard
 * @param occurrences where (only with {@code trackerOccurrences})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrackerPhrase(String phrase, Integer count, List<TrackerOccurrence> occurrences) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param phrase the phrase
   * @param count times heard
   * @param occurrences where (only with {@code trackerOccurrences})
   */
  public TrackerPhrase {
    occurrences = Lists.copy(occurrences);
  }
}
