package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * The speech segments of a recording ({@code speakersTimeline} of {@code POST /v2/calls}).
 *
 * @param precise whether segments match the media within 100 ms
 * @param speechSegments the segments
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpeakersTimeline(boolean precise, List<SpeechSegment> speechSegments) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param precise whether segments match the media within 100 ms
   * @param speechSegments the segments
   */
  public SpeakersTimeline {
    speechSegments = Lists.copy(speechSegments);
  }
}
