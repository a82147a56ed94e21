package dev.gongconnector.client.transcripts;

import dev.gongconnector.client.calls.Party;
import java.util.ArrayList;
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
    Map<String, Speaker> speakers = index(transcript, parties);
    List<SpeakerSentence> out = new ArrayList<>();
    for (Monologue m : transcript.transcript()) {
      Speaker s = speakers.get(key(m.speakerId()));
      for (Sentence sentence : m.sentences()) {
        out.add(
            new SpeakerSentence(
                transcript.callId(),
                s,
                m.topic(),
                sentence.start(),
                sentence.end(),
                sentence.text()));
      }
    }
    return out;
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
