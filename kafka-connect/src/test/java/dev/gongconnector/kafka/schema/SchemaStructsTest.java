package dev.gongconnector.kafka.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.SpeakerResolver;
import dev.gongconnector.client.transcripts.SpeakerSentence;
import dev.gongconnector.kafka.streams.CallsUnit;
import dev.gongconnector.simulator.GongSimulator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Structs of the calls and transcripts topics, built from what the local Gong answers over
 * HTTP: complete and valid although their lists of Structs are filled after being put (see {@link
 * Structs#putStructs}), and the transcript built straight from the client's transcript, sentence
 * for sentence, what {@link SpeakerResolver#resolve} gives.
 */
class SchemaStructsTest {

  private static GongSimulator sim;
  private static List<CallData> calls;
  private static Map<String, CallTranscript> transcripts;

  @BeforeAll
  static void fetch() {
    sim =
        GongSimulator.builder()
            .calls(60)
            .seed(7)
            .anchorDate(LocalDate.of(2026, 11, 1))
            .rateLimitPerSecond(0)
            .start();
    GongClient client =
        GongClient.builder()
            .baseUrl(sim.baseUrl())
            .credentials(sim.accessKey(), sim.accessKeySecret())
            .build();
    Page<CallData> page =
        client
            .calls()
            .extensivePage(
                ExtensiveRequest.builder().contentSelector(CallsUnit.SELECTOR).build(), null);
    calls = page.records();
    transcripts =
        client.calls().transcriptsFor(calls.stream().map(d -> d.metaData().id()).toList()).stream()
            .collect(Collectors.toMap(CallTranscript::callId, Function.identity()));
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void callStructsAreCompleteAndValid() {
    assertThat(calls).hasSizeGreaterThan(20);
    for (CallData d : calls) {
      Struct s = CallSchema.toStruct(d);
      s.validate();
      assertThat(s.getArray("parties")).hasSize(d.parties().size());
      Struct content = s.getStruct("content");
      assertThat(content.getArray("trackers")).hasSize(d.content().trackers().size());
      assertThat(content.getArray("topics")).hasSize(d.content().topics().size());
      Struct interaction = s.getStruct("interaction");
      assertThat(interaction.getArray("speakers")).hasSize(d.interaction().speakers().size());
      assertThat(interaction.getArray("interactionStats"))
          .hasSize(d.interaction().interactionStats().size());
      // The list was filled after it was put: consumers still cannot change it.
      assertThatThrownBy(() -> s.getArray("parties").add(null))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void transcriptStructsAreValidAndEqualToTheResolversSentences() {
    int withSentences = 0;
    for (CallData d : calls) {
      CallTranscript t = transcripts.get(d.metaData().id());
      Struct direct = TranscriptSchema.toStruct(d.metaData(), t, d.parties());
      direct.validate();
      assertThat(direct.getString("callId")).isEqualTo(d.metaData().id());
      List<SpeakerSentence> expected =
          t == null ? List.of() : SpeakerResolver.resolve(t, d.parties());
      List<Struct> sentences = direct.getArray("sentences");
      assertThat(sentences).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        SpeakerSentence e = expected.get(i);
        Struct x = sentences.get(i);
        assertThat(x.getString("speakerId")).isEqualTo(e.speaker().speakerId());
        assertThat(x.getString("speakerName")).isEqualTo(e.speaker().name());
        assertThat(x.getString("affiliation")).isEqualTo(e.speaker().affiliation());
        assertThat(x.getString("userId")).isEqualTo(e.speaker().userId());
        assertThat(x.getString("topic")).isEqualTo(e.topic());
        assertThat(x.getInt64("startMs")).isEqualTo(e.start());
        assertThat(x.getInt64("endMs")).isEqualTo(e.end());
        assertThat(x.getString("text")).isEqualTo(e.text() == null ? "" : e.text());
      }
      if (!expected.isEmpty()) withSentences++;
    }
    assertThat(withSentences).isGreaterThan(10);
  }

  @Test
  void aSentenceWithoutItsRequiredFieldsFailsValidation() {
    // What validate() above would catch: an element Struct missing a required field.
    Struct incomplete = new Struct(TranscriptSchema.SENTENCE).put("text", "hi");
    assertThatThrownBy(incomplete::validate).hasMessageContaining("startMs");
  }
}
