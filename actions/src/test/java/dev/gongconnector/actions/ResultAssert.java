package dev.gongconnector.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Small assertions on envelopes that print the whole envelope when they fail. */
final class ResultAssert {

  private ResultAssert() {}

  static JsonNode ok(ActionResult r) {
    assertThat(r.success()).as("expected success, got %s", r.error()).isTrue();
    assertThat(r.error()).isNull();
    return r.data();
  }

  static ActionError failed(ActionResult r, String type) {
    assertThat(r.success())
        .as("expected failure %s, got data %s", type, abbreviate(r.data()))
        .isFalse();
    assertThat(r.error().type().code()).as("error %s", r.error()).isEqualTo(type);
    assertThat(r.error().message()).isNotBlank();
    return r.error();
  }

  private static String abbreviate(JsonNode data) {
    String text = String.valueOf(data);
    return text.length() < 300 ? text : text.substring(0, 300) + "...";
  }
}
