package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * The {@code content} block of extensive data; each part is present only when selected.
 *
 * @param structure call structure parts
 * @param topics topics with their durations
 * @param trackers trackers
 * @param pointsOfInterest points of interest, or null
 * @param brief the brief (summary), or null
 * @param outline the outline
 * @param highlights highlights
 * @param callOutcome the outcome, or null
 * @param keyPoints key points
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallContent(
    List<NamedDuration> structure,
    List<NamedDuration> topics,
    List<Tracker> trackers,
    PointsOfInterest pointsOfInterest,
    String brief,
    List<OutlineSection> outline,
    List<Highlight> highlights,
    CallOutcome callOutcome,
    List<KeyPoint> keyPoints) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param structure call structure parts
   * @param topics topics with their durations
   * @param trackers trackers
   * @param pointsOfInterest points of interest, or null
   * @param brief the brief (summary), or null
   * @param outline the outline
   * @param highlights highlights
   * @param callOutcome the outcome, or null
   * @param keyPoints key points
   */
  public CallContent {
    structure = Lists.copy(structure);
    topics = Lists.copy(topics);
    trackers = Lists.copy(trackers);
    outline = Lists.copy(outline);
    highlights = Lists.copy(highlights);
    keyPoints = Lists.copy(keyPoints);
  }
}
