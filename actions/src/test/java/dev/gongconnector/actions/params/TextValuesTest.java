package dev.gongconnector.actions.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values given as text, the way a command-line option or a {@code key: value} line of {@code gong
 * run} gives them (moved here from the CLI's former ParamValues: the parameter set is the one
 * parser), and the limits on hostile input.
 */
class TextValuesTest {

  private final ParamSet set =
      ParamSet.of(
          Param.string("call_id", "Id.").gongId(),
          Param.string("call_title", "Title."),
          Param.string("direction", "Direction.").withEnum("Inbound", "Outbound"),
          Param.integer("max_results", "Bound.").withRange(1, 10000).withAliases("limit"),
          Param.integer("offset", "Unbounded."),
          Param.number("duration", "Seconds.").withRange(0, null),
          Param.bool("include_media", "Media."),
          Param.strings("keywords", "Words."),
          Param.of("participants", ParamType.OBJECT_ARRAY, "Parties."),
          Param.flags("content", "Selectors.", List.of("topics", "keyPoints")));

  private JsonNode read(String key, JsonNode value) {
    ObjectNode input = JsonNodeFactory.instance.objectNode();
    input.set(key, value);
    return set.read(input).node(set.bySpelling(key).name());
  }

  private JsonNode text(String key, String value) {
    return read(key, JsonNodeFactory.instance.textNode(value));
  }

  @Test
  void idsLongerThanTwentyDigitsAreRefused() {
    assertThatThrownBy(() -> text("call_id", "7782342274025937895123"))
        .hasMessageContaining("Gong id");
  }

  @Test
  void idsAndQuotedText() {
    assertThat(text("call_id", "77823422740259378951").textValue())
        .isEqualTo("77823422740259378951");
    assertThat(text("call_title", "\"quoted text\"").textValue()).isEqualTo("quoted text");
  }

  @Test
  void enumsAreMatchedCaseInsensitively() {
    assertThat(text("direction", "outbound").textValue()).isEqualTo("Outbound");
    assertThatThrownBy(() -> text("direction", "sideways"))
        .hasMessageContaining("must be one of Inbound, Outbound, got 'sideways'");
  }

  @Test
  void numbersAndBooleansInEveryFrontDoorSpelling() {
    assertThat(text("max_results", "600").longValue()).isEqualTo(600);
    assertThatThrownBy(() -> text("max_results", "6x")).hasMessageContaining("whole number");
    assertThat(text("duration", "2.5").doubleValue()).isEqualTo(2.5);
    for (String yes : List.of("true", "yes", "on", "1", "Y")) {
      assertThat(text("include_media", yes).booleanValue()).as(yes).isTrue();
    }
    for (String no : List.of("false", "no", "off", "0", "N")) {
      assertThat(text("include_media", no).booleanValue()).as(no).isFalse();
    }
    assertThatThrownBy(() -> text("include_media", "maybe")).hasMessageContaining("true or false");
  }

  @Test
  void outOfRangeAndNonAsciiNumbersAreRefusedNotWrapped() {
    assertThatThrownBy(() -> text("max_results", "18446744073709551617"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("must be at most 10000");
    assertThatThrownBy(() -> text("offset", "18446744073709551617"))
        .hasMessageContaining("out of range");
    assertThatThrownBy(
            () ->
                read(
                    "max_results",
                    JsonNodeFactory.instance.numberNode(
                        new java.math.BigInteger("18446744073709551617"))))
        .hasMessageContaining("must be at most 10000");
    assertThatThrownBy(() -> text("max_results", "\u0661\u0662")) // Arabic-Indic 12
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> text("duration", "\u0661.5")).hasMessageContaining("number");
  }

  @Test
  void errorsNameTheParameterAsTheCallerSpelledIt() {
    assertThatThrownBy(() -> text("limit", "x"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("parameter 'limit' must be a whole number")
        .extracting(e -> ((InvalidParameterException) e).parameter())
        .isEqualTo("max_results");
  }

  @Test
  void arraysFromJsonCommasOrSeveralTexts() {
    assertThat(text("keywords", "[\"sales\", \"demo\"]").toString())
        .isEqualTo("[\"sales\",\"demo\"]");
    assertThat(text("keywords", "sales, demo").toString()).isEqualTo("[\"sales\",\"demo\"]");
    assertThat(text("keywords", "\"a\", \"b\"").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThatThrownBy(() -> text("keywords", "[\"sales\"")).hasMessageContaining("not valid JSON");
    // A repeated command-line option: each text read alone, the items concatenated.
    var several = JsonNodeFactory.instance.arrayNode().add("a,b").add("[\"c\"]");
    assertThat(read("keywords", several).toString()).isEqualTo("[\"a\",\"b\",\"c\"]");
    assertThat(text("participants", "[{\"name\":\"Jane\"}]").get(0).get("name").asText())
        .isEqualTo("Jane");
    assertThatThrownBy(() -> text("participants", "{\"name\":"))
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void jsonWithDuplicateKeysOrTrailingGarbageIsRefused() {
    assertThatThrownBy(() -> text("participants", "[{\"name\":\"a\",\"name\":\"b\"}]"))
        .hasMessageContaining("participants")
        .hasMessageContaining("name");
    assertThatThrownBy(() -> text("participants", "[{\"name\":\"a\"}] garbage"))
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> text("keywords", "[\"a\"] [\"b\"]"))
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void flagObjectsFromJsonOrNames() {
    assertThat(text("content", "topics,key-points").toString())
        .isEqualTo("{\"topics\":true,\"keyPoints\":true}");
    assertThat(text("content", "{\"topics\": false}").toString()).isEqualTo("{\"topics\":false}");
    assertThatThrownBy(() -> text("content", "nope")).hasMessageContaining("unknown flag 'nope'");
  }

  @Test
  void hugeInputIsRefusedWithALimit() {
    String many = "k,".repeat(100_000);
    assertThatThrownBy(() -> text("keywords", many))
        .hasMessageContaining("at most " + Coercion.MAX_ITEMS);
    assertThatThrownBy(() -> text("call_title", "x".repeat(Coercion.MAX_TEXT + 1)))
        .hasMessageContaining("at most " + Coercion.MAX_TEXT);
  }
}
