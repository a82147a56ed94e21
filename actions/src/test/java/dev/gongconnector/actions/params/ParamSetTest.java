package dev.gongconnector.actions.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamSetTest {

  private static final ObjectMapper M = new ObjectMapper();

  private final ParamSet set =
      ParamSet.of(
          Param.string("call_title", "The title.").withAliases("title"),
          Param.string("direction", "Direction.")
              .withEnum("Inbound", "Outbound", "Conference", "Unknown")
              .requiredParam(),
          Param.string("purpose", "Purpose.").withMaxLength(255),
          Param.integer("max_results", "Bound.").withRange(1, 1000).withDefault(600),
          Param.bool("include_media", "Media.").withDefault(false),
          Param.strings("call_ids", "Ids."),
          Param.of("participants", ParamType.OBJECT_ARRAY, "Parties.").withAliases("parties"),
          Param.flags("content", "Selectors.", List.of("topics", "brief", "keyPoints")),
          Param.string("from_date", "From.").withAliases("from_date_time"));

  private static JsonNode json(String text) throws Exception {
    return M.readTree(text);
  }

  private InvalidParameterException failure(String input) {
    try {
      set.read(json(input));
    } catch (InvalidParameterException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error for " + input);
  }

  @Test
  void acceptsEverySpellingOfAName() throws Exception {
    Params p =
        set.read(
            json(
                "{\"callTitle\":\"a\",\"direction\":\"outbound\",\"max-results\":\"20\","
                    + "\"includeMedia\":\"TRUE\",\"fromDateTime\":\"2025-01-01\"}"));
    assertThat(p.string("call_title")).isEqualTo("a");
    assertThat(p.string("direction")).isEqualTo("Outbound");
    assertThat(p.intValue("max_results")).isEqualTo(20);
    assertThat(p.flag("include_media")).isTrue();
    assertThat(p.rangeStart("from_date")).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(set.read(json("{\"title\":\"t\",\"direction\":\"Inbound\"}")).string("call_title"))
        .isEqualTo("t");
    assertThat(
            set.read(json("{\"call-title\":\"t\",\"direction\":\"Inbound\"}")).string("call_title"))
        .isEqualTo("t");
  }

  @Test
  void appliesDefaultsAndIgnoresExplicitNulls() throws Exception {
    Params p = set.read(json("{\"direction\":\"Unknown\",\"purpose\":null}"));
    assertThat(p.intValue("max_results")).isEqualTo(600);
    assertThat(p.flag("include_media")).isFalse();
    assertThat(p.has("purpose")).isFalse();
  }

  @Test
  void namesTheParameterAtFault() {
    assertThat(failure("{\"direction\":\"Sideways\"}").parameter()).isEqualTo("direction");
    assertThat(failure("{\"direction\":\"Sideways\"}").getMessage())
        .contains("Inbound, Outbound, Conference, Unknown");
    assertThat(failure("{}").parameter()).isEqualTo("direction");
    InvalidParameterException unknown = failure("{\"direction\":\"Inbound\",\"colour\":\"red\"}");
    assertThat(unknown.parameter()).isEqualTo("colour");
    assertThat(unknown.getMessage()).contains("call_title").contains("max_results");
    assertThat(
            failure("{\"direction\":\"Inbound\",\"purpose\":\"" + "x".repeat(256) + "\"}")
                .parameter())
        .isEqualTo("purpose");
    assertThat(failure("{\"direction\":\"Inbound\",\"max_results\":0}").parameter())
        .isEqualTo("max_results");
    assertThat(failure("{\"direction\":\"Inbound\",\"max_results\":\"many\"}").parameter())
        .isEqualTo("max_results");
    assertThat(failure("{\"direction\":\"Inbound\",\"include_media\":\"maybe\"}").parameter())
        .isEqualTo("include_media");
    assertThat(
            failure("{\"direction\":\"Inbound\",\"title\":\"a\",\"call_title\":\"b\"}").parameter())
        .isEqualTo("call_title");
  }

  @Test
  void aMissingParameterIsDescribedWithoutCuttingAnExampleShort() {
    ParamSet started =
        ParamSet.of(
            Param.string(
                    "actual_start",
                    "When the call started: ISO-8601 with offset, e.g. 2025-01-13T01:30:00-08:00. Needed by Gong.")
                .requiredParam());
    assertThatThrownBy(() -> started.read(json("{}")))
        .hasMessage(
            "missing required parameter 'actual_start': When the call started: ISO-8601 with offset, "
                + "e.g. 2025-01-13T01:30:00-08:00.");
  }

  @Test
  void everyMissingParameterIsNamedInOneError() {
    ParamSet two =
        ParamSet.of(
            Param.string("actual_start", "When the call started.").requiredParam(),
            Param.string("primary_user", "The host's user id.").requiredParam());
    assertThatThrownBy(() -> two.read(json("{}")))
        .hasMessage(
            "missing required parameters: 'actual_start' (When the call started.) "
                + "'primary_user' (The host's user id.)");
  }

  @Test
  void readsArraysFromStrings() throws Exception {
    Params p = set.read(json("{\"direction\":\"Inbound\",\"call_ids\":\"[\\\"1\\\", 2]\"}"));
    assertThat(p.strings("call_ids")).containsExactly("1", "2");
    p = set.read(json("{\"direction\":\"Inbound\",\"call_ids\":\"1, 2,,3\"}"));
    assertThat(p.strings("call_ids")).containsExactly("1", "2", "3");
    // A number in an array is taken when exact (a 20-digit one is refused: see idsAsJsonNumbers..).
    p = set.read(json("{\"direction\":\"Inbound\",\"call_ids\":[12345678901234]}"));
    assertThat(p.strings("call_ids")).containsExactly("12345678901234");
  }

  @Test
  void readsParticipantsAsArrayOrJsonString() throws Exception {
    Params p =
        set.read(json("{\"direction\":\"Inbound\",\"parties\":\"[{\\\"name\\\":\\\"Jane\\\"}]\"}"));
    assertThat(p.node("participants").get(0).get("name").asText()).isEqualTo("Jane");
    InvalidParameterException e =
        failure("{\"direction\":\"Inbound\",\"participants\":\"[{\\\"name\\\": }]\"}");
    assertThat(e.parameter()).isEqualTo("participants");
    assertThat(e.getMessage()).contains("not valid JSON");
    assertThat(failure("{\"direction\":\"Inbound\",\"participants\":[1]}").parameter())
        .isEqualTo("participants");
  }

  @Test
  void readsFlagsAsObjectListOrCsv() throws Exception {
    assertThat(
            set.read(
                    json(
                        "{\"direction\":\"Inbound\",\"content\":{\"topics\":true,\"key_points\":false}}"))
                .flags("content")
                .toString())
        .isEqualTo("{\"topics\":true,\"keyPoints\":false}");
    assertThat(
            set.read(json("{\"direction\":\"Inbound\",\"content\":\"topics, keyPoints\"}"))
                .flags("content")
                .toString())
        .isEqualTo("{\"topics\":true,\"keyPoints\":true}");
    assertThat(
            set.read(json("{\"direction\":\"Inbound\",\"content\":[\"brief\"]}"))
                .flags("content")
                .toString())
        .isEqualTo("{\"brief\":true}");
    InvalidParameterException e =
        failure("{\"direction\":\"Inbound\",\"content\":{\"gossip\":true}}");
    assertThat(e.parameter()).isEqualTo("content");
    assertThat(e.getMessage()).contains("gossip").contains("topics");
  }

  @Test
  void publishesAFlatSchema() {
    JsonNode schema = set.schema();
    assertThat(schema.get("type").asText()).isEqualTo("object");
    assertThat(schema.get("required")).hasSize(1);
    assertThat(schema.get("required").get(0).asText()).isEqualTo("direction");
    assertThat(schema.at("/properties/direction/enum")).hasSize(4);
    assertThat(schema.at("/properties/purpose/maxLength").asInt()).isEqualTo(255);
    assertThat(schema.at("/properties/max_results/default").asInt()).isEqualTo(600);
    assertThat(schema.at("/properties/call_ids/items/type").asText()).isEqualTo("string");
    assertThat(schema.at("/properties/content/properties/keyPoints/type").asText())
        .isEqualTo("boolean");
    assertThat(schema.at("/properties/call_title/description").asText()).contains("title");
  }

  @Test
  void refusesNonObjectInput() throws Exception {
    assertThatThrownBy(() -> set.read(json("[1]"))).isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void idsAsJsonNumbersOnlyWhenExactElseAClearErrorNamingTheParameter() throws Exception {
    assertThat(
            set.read(json("{\"direction\":\"Inbound\",\"call_ids\":[\"7944445139660746967\"]}"))
                .strings("call_ids"))
        .containsExactly("7944445139660746967");
    assertThat(
            set.read(json("{\"direction\":\"Inbound\",\"call_ids\":[9007199254740991, 42]}"))
                .strings("call_ids"))
        .containsExactly("9007199254740991", "42");
    assertThat(
            set.read(json("{\"direction\":\"Inbound\",\"call_title\":9007199254740991}"))
                .text("call_title"))
        .contains("9007199254740991");
    for (String input :
        new String[] {
          "{\"direction\":\"Inbound\",\"call_ids\":[7944445139660746967]}",
          "{\"direction\":\"Inbound\",\"call_ids\":[7944445139660747000]}",
          "{\"direction\":\"Inbound\",\"call_ids\":[\"1\", 9007199254740992]}",
          "{\"direction\":\"Inbound\",\"call_ids\":123456789012345678901234}"
        }) {
      InvalidParameterException e = failure(input);
      assertThat(e.parameter()).as(input).isEqualTo("call_ids");
      assertThat(e.getMessage()).as(input).contains("'call_ids'").contains("send ids as strings");
    }
    InvalidParameterException single =
        failure("{\"direction\":\"Inbound\",\"title\":7944445139660746967}");
    assertThat(single.parameter()).isEqualTo("call_title");
    assertThat(single.getMessage()).contains("7944445139660746967").contains("as strings");
  }
}
