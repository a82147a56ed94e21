package dev.gongconnector.actions.transcripts;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.Monologue;
import dev.gongconnector.client.transcripts.Sentence;
import dev.gongconnector.client.transcripts.Speaker;
import dev.gongconnector.client.transcripts.SpeakerNames;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One call's transcript as the actions show it: title and start from the call, the speakers named
 * by the client's {@link SpeakerNames} (Gong's transcript carries only {@code speakerId}), and the
 * sentences, or with {@code asText} one readable line per speaker turn.
 *
 * @param speakers null when speakers are not named
 * @param sentences null with {@code asText}
 * @param text null without {@code asText}
 * @param sentenceCount how many sentences the call has
 * @param truncated whether sentences were left out ({@code max_sentences_per_call})
 */
public record TranscriptView(
    String callId,
    String title,
    OffsetDateTime started,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<SpeakerView> speakers,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<SentenceView> sentences,
    @JsonInclude(JsonInclude.Include.NON_NULL) String text,
    int sentenceCount,
    boolean truncated) {

  /** A speaker: {@code emailAddress} and {@code userId} when known. */
  public record SpeakerView(
      String speakerId, String name, String affiliation, String emailAddress, String userId) {
    static SpeakerView of(Speaker s) {
      return new SpeakerView(
          s.speakerId(), s.name(), s.affiliation(), s.emailAddress(), s.userId());
    }
  }

  /**
   * A sentence: the speaker's name and affiliation when named, else {@code speakerId}; {@code
   * topic} may be absent (Gong may send none, unconfirmed).
   */
  public record SentenceView(
      long startMs,
      long endMs,
      String speaker,
      String affiliation,
      String speakerId,
      String topic,
      String text) {}

  /**
   * @param call the call's extensive data with parties (null: no title, start or names)
   * @param maxSentences at most this many sentences from the start, 0 for all
   * @param named whether to name speakers
   * @param asText one line per speaker turn, {@code [m:ss] Name (Affiliation): words}
   */
  public static TranscriptView of(
      CallTranscript t, CallData call, int maxSentences, boolean named, boolean asText) {
    boolean hasMeta = call != null && call.metaData() != null;
    SpeakerNames names = new SpeakerNames(hasMeta ? call.parties() : null);
    Map<String, SpeakerView> speakers = new LinkedHashMap<>();
    List<SentenceView> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int total = 0;
    int kept = 0;
    for (Monologue m : t.transcript()) {
      Speaker speaker = names.resolve(m.speakerId());
      if (named) {
        speakers.computeIfAbsent(
            m.speakerId() == null ? "" : m.speakerId(), k -> SpeakerView.of(speaker));
      }
      boolean lineOpen = false;
      for (Sentence s : m.sentences()) {
        total++;
        if (maxSentences > 0 && kept >= maxSentences) continue;
        kept++;
        if (!asText) {
          sentences.add(
              named
                  ? new SentenceView(
                      s.start(),
                      s.end(),
                      speaker.name(),
                      speaker.affiliation(),
                      null,
                      m.topic(),
                      s.text())
                  : new SentenceView(
                      s.start(), s.end(), null, null, m.speakerId(), m.topic(), s.text()));
        } else {
          if (!lineOpen) {
            String who =
                named
                    ? speaker.name() + " (" + speaker.affiliation() + ")"
                    : "Speaker " + m.speakerId();
            text.append('[').append(Clock.format(s.start())).append("] ").append(who).append(':');
            lineOpen = true;
          }
          text.append(' ').append(s.text());
        }
      }
      if (lineOpen) text.append('\n');
    }
    return new TranscriptView(
        t.callId(),
        hasMeta ? call.metaData().title() : null,
        hasMeta ? call.metaData().started() : null,
        named ? List.copyOf(speakers.values()) : null,
        asText ? null : sentences,
        asText ? text.toString() : null,
        total,
        kept < total);
  }
}
