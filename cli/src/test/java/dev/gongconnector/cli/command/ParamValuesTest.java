package dev.gongconnector.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.cli.output.ResultPrinter;
import org.junit.jupiter.api.Test;

class ParamValuesTest {

  static JsonNode schema(String json) throws Exception {
    return ResultPrinter.JSON.readTree(json);
  }

  @Test
  void stringsStayStringsEvenWhenTheyLookLikeNumbers() throws Exception {
    assertThat(
            ParamValues.parse("7782342274025937895123", schema("{\"type\":\"string\"}"))
                .isTextual())
        .isTrue();
    assertThat(ParamValues.parse("\"quoted text\"", schema("{\"type\":\"string\"}")).asText())
        .isEqualTo("quoted text");
  }

  @Test
  void enumsAreMatchedCaseInsensitively() throws Exception {
    JsonNode s = schema("{\"type\":\"string\",\"enum\":[\"Inbound\",\"Outbound\"]}");
    assertThat(ParamValues.parse("outbound", s).asText()).isEqualTo("Outbound");
    assertThatThrownBy(() -> ParamValues.parse("sideways", s))
        .hasMessage("expected one of Inbound, Outbound, got 'sideways'");
  }

  @Test
  void numbersAndBooleans() throws Exception {
    assertThat(ParamValues.parse("600", schema("{\"type\":\"integer\"}")).asLong()).isEqualTo(600);
    assertThatThrownBy(() -> ParamValues.parse("6x", schema("{\"type\":\"integer\"}")))
        .hasMessageContaining("whole number");
    assertThat(ParamValues.parse("2.5", schema("{\"type\":\"number\"}")).asDouble()).isEqualTo(2.5);
    assertThat(ParamValues.parse("yes", schema("{\"type\":\"boolean\"}")).asBoolean()).isTrue();
    assertThat(ParamValues.parse("false", schema("{\"type\":\"boolean\"}")).asBoolean()).isFalse();
    assertThatThrownBy(() -> ParamValues.parse("maybe", schema("{\"type\":\"boolean\"}")))
        .hasMessageContaining("true or false");
  }

  @Test
  void arraysFromJsonOrCommas() throws Exception {
    JsonNode s = schema("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}");
    assertThat(ParamValues.parse("[\"sales\", \"demo\"]", s).toString())
        .isEqualTo("[\"sales\",\"demo\"]");
    assertThat(ParamValues.parse("sales, demo", s).toString()).isEqualTo("[\"sales\",\"demo\"]");
    assertThat(ParamValues.parse("123456789012345678", s).get(0).isTextual()).isTrue();
    assertThatThrownBy(() -> ParamValues.parse("[\"sales\"", s))
        .hasMessageContaining("not valid JSON");
    JsonNode objects = schema("{\"type\":\"array\",\"items\":{\"type\":\"object\"}}");
    assertThat(ParamValues.parse("[{\"name\":\"Jane\"}]", objects).get(0).get("name").asText())
        .isEqualTo("Jane");
    assertThatThrownBy(() -> ParamValues.parse("{\"name\":", objects))
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void objectsFromJsonOrFlagNames() throws Exception {
    JsonNode flags =
        schema(
            "{\"type\":\"object\",\"properties\":{\"topics\":{\"type\":\"boolean\"},"
                + "\"keyPoints\":{\"type\":\"boolean\"}}}");
    assertThat(ParamValues.parse("topics,key-points", flags).toString())
        .isEqualTo("{\"topics\":true,\"keyPoints\":true}");
    assertThat(ParamValues.parse("{\"topics\": false}", flags).toString())
        .isEqualTo("{\"topics\":false}");
    assertThatThrownBy(() -> ParamValues.parse("nope", flags))
        .hasMessageContaining("unknown field 'nope'");
  }

  @Test
  void untypedValuesAreJsonWhenTheyLookLikeIt() {
    assertThat(ParamValues.parse("[1,2]", null).isArray()).isTrue();
    assertThat(ParamValues.parse("42", null).isTextual()).isTrue();
  }

  @Test
  void namesConvert() {
    assertThat(Names.kebab("add_new_call")).isEqualTo("add-new-call");
    assertThat(Names.kebab("primaryUserIds")).isEqualTo("primary-user-ids");
    assertThat(Names.snake("client-unique-id")).isEqualTo("client_unique_id");
    assertThat(Names.snake("actualStart")).isEqualTo("actual_start");
  }
}
