package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * Who spoke when, for {@code speakersTimeline}: times in ms from call start, party ids matching
 * {@code parties[].partyId}; overlaps are allowed.
 *
 * @param fromTime start, ms, >= 0
 * @param toTime end, ms, >= fromTime
 * @param partyIds the speaking parties
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpeechSegment(int fromTime, int toTime, List<String> partyIds) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param fromTime start, ms, >= 0
   * @param toTime end, ms, >= fromTime
   * @param partyIds the speaking parties
   */
  public SpeechSegment {
    partyIds = Lists.copy(partyIds);
  }
}
