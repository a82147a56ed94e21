package dev.gongconnector.client.transcripts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A stretch of speech by one speaker; {@code speakerId} matches {@code parties[].speakerId} of
 * extensive data.
 *
 * @param speakerId the speaker
 * @param topic the topic Gong assigned, or null (may be absent: unconfirmed)
 * @param sentences the sentences
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Monologue(String speakerId, String topic, List<Sentence> sentences) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param speakerId the speaker
   * @param topic the topic Gong assigned, or null (may be absent: unconfirmed)
   * @param sentences the sentences
   */
  public Monologue {
    sentences = Lists.copy(sentences);
  }
}
