package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.Party;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.Monologue;
import dev.gongconnector.client.transcripts.Sentence;
import dev.gongconnector.client.transcripts.Speaker;
import dev.gongconnector.client.transcripts.SpeakerResolver;
import dev.gongconnector.client.transcripts.SpeakerSentence;
import dev.gongconnector.simulator.GongSimulator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Transcript + parties -> sentences with speaker names; unknown speakers degrade to "Speaker N".
 */
class SpeakerResolverTest {

  @Test
  void resolvesSpeakersOfRealTranscripts() {
    try (GongSimulator sim = SimTestSupport.sim(40).start()) {
      GongClient gong = SimTestSupport.client(sim).build();
      List<String> ids =
          gong.calls()
              .list(CallListRequest.of(SimTestSupport.from(), SimTestSupport.to()))
              .map(c -> c.id())
              .toList();
      Map<String, CallData> parties =
          gong.calls().extensiveFor(ids, ContentSelector.parties()).stream()
              .collect(Collectors.toMap(CallData::id, Function.identity()));
      List<CallTranscript> ts = gong.calls().transcriptsFor(ids);
      int resolved = 0;
      for (CallTranscript t : ts) {
        List<Party> ps = parties.get(t.callId()).parties();
        List<SpeakerSentence> sentences = SpeakerResolver.resolve(t, ps);
        assertThat(sentences)
            .hasSize(t.transcript().stream().mapToInt(m -> m.sentences().size()).sum());
        for (SpeakerSentence s : sentences) {
          assertThat(s.speaker().name()).isNotBlank();
          assertThat(s.callId()).isEqualTo(t.callId());
          if (s.speaker().known()) {
            Party p =
                ps.stream()
                    .filter(x -> s.speaker().speakerId().equals(x.speakerId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(s.speaker().affiliation()).isEqualTo(p.affiliation());
            assertThat(s.speaker().emailAddress()).isEqualTo(p.emailAddress());
            resolved++;
          }
        }
      }
      assertThat(resolved).isGreaterThan(100);
    }
  }

  @Test
  void unknownSpeakersAndMissingPartiesDegradeToNumberedSpeakers() {
    CallTranscript t =
        new CallTranscript(
            "1",
            List.of(
                new Monologue("s1", "Intro", List.of(new Sentence(0, 1000, "Hello."))),
                new Monologue(
                    "s2",
                    null,
                    List.of(new Sentence(1000, 2000, "Hi."), new Sentence(2000, 2500, "Yes."))),
                new Monologue("s3", null, List.of(new Sentence(2500, 3000, "Me too."))),
                new Monologue(null, null, List.of(new Sentence(3000, 3100, "Who?"))),
                new Monologue("s1", null, List.of(new Sentence(3100, 4000, "Bye.")))));
    List<SpeakerSentence> noParties = SpeakerResolver.resolve(t, null);
    assertThat(noParties)
        .extracting(s -> s.speaker().name())
        .containsExactly(
            "Speaker 1", "Speaker 2", "Speaker 2", "Speaker 3", "Speaker 4", "Speaker 1");
    assertThat(noParties)
        .allSatisfy(s -> assertThat(s.speaker().affiliation()).isEqualTo("Unknown"));

    Party ann =
        new Party("p1", "ann@corp.com", "Ann Lee", "AE", "77", "s2", null, "Internal", null, null);
    Party noName = new Party("p2", null, null, null, null, "s3", null, "External", "+1", null);
    List<Speaker> speakers = SpeakerResolver.speakers(t, List.of(ann, noName));
    assertThat(speakers)
        .extracting(Speaker::name)
        .containsExactly("Speaker 1", "Ann Lee", "+1", "Speaker 2");
    assertThat(speakers.get(1))
        .isEqualTo(new Speaker("s2", "Ann Lee", "ann@corp.com", "Internal", "77", true));
    assertThat(speakers.get(2).affiliation()).isEqualTo("External");
    assertThat(SpeakerResolver.resolve(new CallTranscript("2", null), List.of())).isEmpty();
  }

  @Test
  void speakerNamesResolveOneIdAtATimeWithTheSameRules() {
    Party blankName = new Party("p1", "bo@corp.com", " ", null, "8", "s1", null, null, null, null);
    dev.gongconnector.client.transcripts.SpeakerNames names =
        new dev.gongconnector.client.transcripts.SpeakerNames(List.of(blankName));
    assertThat(names.hasParties()).isTrue();
    assertThat(names.resolve("s7"))
        .isEqualTo(new Speaker("s7", "Speaker 1", null, "Unknown", null, false));
    assertThat(names.resolve("s1"))
        .isEqualTo(new Speaker("s1", "bo@corp.com", "bo@corp.com", "Unknown", "8", true));
    assertThat(names.resolve(null).name()).isEqualTo("Speaker 2");
    assertThat(names.resolve("s7").name()).isEqualTo("Speaker 1");
    assertThat(new dev.gongconnector.client.transcripts.SpeakerNames(null).hasParties()).isFalse();
  }
}
