package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * The {@code interaction} block of extensive data (the selector {@code personInteractionStats}
 * fills {@code interactionStats}).
 *
 * @param speakers talk time per speaker
 * @param interactionStats statistics
 * @param video video segments by kind ({@code Browser}, {@code Presentation}, {@code Webcam}...)
 * @param questions question counts, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallInteraction(
    List<SpeakerTalkTime> speakers,
    List<InteractionStat> interactionStats,
    List<NamedDuration> video,
    QuestionCounts questions) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param speakers talk time per speaker
   * @param interactionStats statistics
   * @param video video segments by kind ({@code Browser}, {@code Presentation}, {@code Webcam}...)
   * @param questions question counts, or null
   */
  public CallInteraction {
    speakers = Lists.copy(speakers);
    interactionStats = Lists.copy(interactionStats);
    video = Lists.copy(video);
  }
}
