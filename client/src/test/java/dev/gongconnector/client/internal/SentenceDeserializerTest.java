package dev.gongconnector.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.transcripts.Monologue;
import dev.gongconnector.client.transcripts.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceDeserializer} reads what Jackson's record deserialization reads from the same
 * JSON, odd values and errors included (the transcripts themselves come over HTTP from the local
 * Gong in CallsTest).
 */
class SentenceDeserializerTest {

  /** The sentence as Jackson reads it without the custom deserializer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Plain(long start, long end, String text) {}

  private static final List<String> INPUTS =
      List.of(
          "{\"start\":1,\"end\":2,\"text\":\"a\"}",
          "{\"text\":\"b\",\"end\":5,\"start\":3,\"extra\":{\"x\":[1,{\"y\":2}]},\"more\":[{}]}",
          "{\"start\":\"7\",\"end\":8.9,\"text\":null}",
          "{\"start\":null,\"text\":12}",
          "{\"text\":12.5,\"end\":\"\"}",
          "{}",
          "{\"start\":9223372036854775807,\"end\":-5,\"text\":\"\"}",
          "{\"start\":1,\"start\":2,\"text\":\"x\",\"text\":\"y\"}",
          "{\"start\":\"abc\"}",
          "{\"start\":true}",
          "{\"start\":92233720368547758070}",
          "{\"text\":[\"x\"]}",
          "{\"text\":{\"a\":1}}",
          "[1,2]",
          "\"s\"",
          "12");

  @Test
  void readsWhatJacksonsRecordDeserializationReads() throws Exception {
    for (String json : INPUTS) {
      Object mine = read(json, Sentence.class);
      Object plain = read(json, Plain.class);
      if (plain instanceof Plain p) {
        assertThat(mine).as(json).isEqualTo(new Sentence(p.start(), p.end(), p.text()));
      } else {
        assertThat(mine).as(json).isInstanceOf(Class.class).isEqualTo(plain);
      }
    }
  }

  @Test
  void nullSentencesInAMonologueAreDropped() throws Exception {
    Monologue m =
        Json.mapper()
            .readValue(
                "{\"speakerId\":\"1\",\"sentences\":[null,{\"start\":1,\"end\":2,\"text\":\"t\"}]}",
                Monologue.class);
    assertThat(m.sentences()).containsExactly(new Sentence(1, 2, "t"));
  }

  /** The value read, or the class of the exception thrown. */
  private static Object read(String json, Class<?> type) {
    Object[] out = new Object[1];
    Throwable t =
        catchThrowable(
            () -> {
              out[0] = Json.mapper().readValue(json, type);
            });
    return t == null ? out[0] : t.getClass();
  }
}
