package dev.gongconnector.actions.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.actions.transcripts.SpeakerDirectory;
import dev.gongconnector.client.transcripts.Monologue;
import dev.gongconnector.client.transcripts.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordMatcherTest {

  private static final ObjectMapper M = new ObjectMapper();

  @Test
  void matchesAtTheStartOfWordsIgnoringCase() {
    KeywordMatcher m = new KeywordMatcher(List.of("demo", " ", "Security Review"));
    assertThat(m.keywords()).containsExactly("demo", "Security Review");
    assertThat(m.find("Schedule a DEMO next week")).isNotNull();
    assertThat(m.find("the demonstration went well")).isNotNull();
    assertThat(m.find("a pseudemo")).isNull();
    assertThat(m.find("after the security\n  review passed")).isNotNull();
    assertThat(m.find("securityreview")).isNull();
    assertThat(m.find(null)).isNull();
  }

  @Test
  void saysWhereInTheCallItMatched() throws Exception {
    JsonNode call =
        M.readTree(
            "{\"metaData\":{\"title\":\"Pricing call\"},\"content\":{\"brief\":\"We talked about "
                + "renewal.\",\"topics\":[{\"name\":\"Pricing\"}],\"trackers\":[{\"name\":\"Competitors\",\"count\":2,"
                + "\"phrases\":[{\"phrase\":\"pricing page\",\"count\":1}]},{\"name\":\"Pricing\",\"count\":0}],"
                + "\"keyPoints\":[{\"text\":\"Send pricing\"}]}}");
    List<Match> matches = new KeywordMatcher(List.of("pricing")).matchCall(call);
    assertThat(matches)
        .extracting(Match::field)
        .containsExactly("title", "topic", "tracker", "keyPoint");
  }

  @Test
  void transcriptMatchesNameTheSpeakerAndTime() throws Exception {
    SpeakerDirectory speakers =
        new SpeakerDirectory(
            M.readTree(
                "[{\"speakerId\":\"s1\",\"name\":\"Jane Smith\",\"affiliation\":\"External\"}]"));
    List<Monologue> transcript =
        List.of(
            new Monologue(
                "s1",
                null,
                List.of(new Sentence(83_000, 85_000, "What does the pricing look like?"))),
            new Monologue(
                "s9",
                null,
                List.of(
                    new Sentence(3_723_000, 3_724_000, "Pricing is per seat."),
                    new Sentence(3_725_000, 3_726_000, "Pricing again."))));
    List<Match> out = new ArrayList<>();
    int total =
        new KeywordMatcher(List.of("pricing")).matchTranscript(transcript, speakers, out, 2);
    assertThat(total).isEqualTo(3);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).speaker()).isEqualTo("Jane Smith");
    assertThat(out.get(0).toJson().path("startTime").asText()).isEqualTo("1:23");
    assertThat(out.get(1).speaker()).isEqualTo("Speaker 1");
    assertThat(out.get(1).affiliation()).isEqualTo("Unknown");
    assertThat(out.get(1).toJson().path("startTime").asText()).isEqualTo("1:02:03");
  }

  @Test
  void longTextsAreCutAroundTheMatch() {
    String text = "x ".repeat(200) + "the pricing model " + "y ".repeat(200);
    KeywordMatcher m = new KeywordMatcher(List.of("pricing model"));
    String window = KeywordMatcher.window(text, m.find(text));
    assertThat(window).startsWith("...").endsWith("...").contains("pricing model");
    assertThat(window.length()).isLessThan(260);
  }
}
