package dev.gongconnector.client.transcripts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * The transcript of one call from {@code POST /v2/calls/transcript}.
 *
 * @param callId the call id
 * @param transcript the monologues in order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallTranscript(String callId, List<Monologue> transcript) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param callId the call id
   * @param transcript the monologues in order
   */
  public CallTranscript {
    transcript = Lists.copy(transcript);
  }
}
