package dev.gongconnector.client.transcripts;

import dev.gongconnector.client.calls.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins a transcript (which carries only {@code speakerId}s) with the call's parties (from
 * extensive data with {@code exposedFields.parties}) so each sentence has the speaker's name, email
 * and affiliation.
 *
 * <p>Never fails on missing data: some calls have no parties, and some speaker ids match no party;
 * those speakers become "Speaker 1", "Speaker 2"... in order of first speech, with affiliation
 * {@code Unknown}. The naming rules live in {@link SpeakerNames}.
 */
public final class SpeakerResolver {

  private SpeakerResolver() {}

  /**
   * {@return the speakers of a transcript in order of first speech}
   *
   * @param transcript a call's transcript
   * @param parties the participants
   */
  public static List<Speaker> speakers(CallTranscript transcript, List<Party> parties) {
    return List.copyOf(index(transcript, parties).values());
  }

  /**
   * {@return every sentence of the transcript with its speaker, in order}
   *
   * @param transcript a call's transcript
   * @param parties the participants
   */
  public static List<SpeakerSentence> resolve(CallTranscript transcript, List<Party> parties) {
    List<SpeakerSentence> out = new ArrayList<>(sentenceCount(transcript));
    String callId = transcript.callId();
    forEachSentence(
        transcript,
        parties,
        (speaker, topic, sentence) ->
            out.add(
                new SpeakerSentence(
                    callId, speaker, topic, sentence.start(), sentence.end(), sentence.text())));
    return out;
  }

  /** Receives a transcript's sentences one at a time, see {@link #forEachSentence}. */
  @FunctionalInterface
  public interface SentenceConsumer {
    /**
     * One sentence.
     *
     * @param speaker who said it (the same instance for every sentence of that speaker)
     * @param topic the monologue's topic, or null
     * @param sentence the sentence as Gong sent it
     */
    void accept(Speaker speaker, String topic, Sentence sentence);
  }

  /**
   * Passes every sentence of the transcript with its speaker, in order, to {@code consumer}: what
   * {@link #resolve} returns, without a {@link SpeakerSentence} per sentence (for callers that turn
   * each sentence into something else at once, like the Kafka connector).
   *
   * @param transcript a call's transcript
   * @param parties the participants
   * @param consumer receives the sentences
   */
  public static void forEachSentence(
      CallTranscript transcript, List<Party> parties, SentenceConsumer consumer) {
    SpeakerNames names = new SpeakerNames(parties);
    // The call's few speakers, looked up by equals in a short array rather than a hash map: each
    // monologue's speaker id is a fresh string from the JSON parser, and hashing it was a
    // measurable part of the connector's CPU. Names are given in order of first speech, as in
    // index() below: SpeakerNames.resolve is called for each speaker in that order.
    String[] ids = new String[4];
    Speaker[] speakers = new Speaker[4];
    int known = 0;
    for (Monologue m : transcript.transcript()) {
      String key = key(m.speakerId());
      Speaker s = null;
      for (int i = 0; i < known; i++) {
        if (ids[i].equals(key)) {
          s = speakers[i];
          break;
        }
      }
      if (s == null) {
        s = names.resolve(m.speakerId());
        if (known == ids.length) {
          ids = Arrays.copyOf(ids, known * 2);
          speakers = Arrays.copyOf(speakers, known * 2);
        }
        ids[known] = key;
        speakers[known++] = s;
      }
      String topic = m.topic();
      for (Sentence sentence : m.sentences()) {
        consumer.accept(s, topic, sentence);
      }
    }
  }

  /**
   * {@return the number of sentences of the transcript}
   *
   * @param transcript a call's transcript
   */
  public static int sentenceCount(CallTranscript transcript) {
    int n = 0;
    for (Monologue m : transcript.transcript()) n += m.sentences().size();
    return n;
  }

  private static Map<String, Speaker> index(CallTranscript transcript, List<Party> parties) {
    SpeakerNames names = new SpeakerNames(parties);
    Map<String, Speaker> out = new LinkedHashMap<>();
    for (Monologue m : transcript.transcript()) {
      out.computeIfAbsent(key(m.speakerId()), k -> names.resolve(m.speakerId()));
    }
    return out;
  }

  private static String key(String speakerId) {
    return speakerId == null ? "" : speakerId;
  }
}
