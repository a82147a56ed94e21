package dev.gongconnector.client.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.client.internal.WorkspacesEnvelope;
import dev.gongconnector.simulator.GongSimulator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The harness itself: it catches what it claims to, and existing answers pass it. */
class SchemaHarnessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static GongSimulator sim;

  @BeforeAll
  static void start() {
    sim =
        GongSimulator.builder()
            .calls(50)
            .anchorDate(LocalDate.of(2026, 11, 1))
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static List<String> violations(String json, String schemaRef) throws Exception {
    OpenApiSpec spec = OpenApiSpec.load();
    JsonNode schema = JSON.readTree("{\"$ref\":\"#/components/schemas/" + schemaRef + "\"}");
    return SchemaValidator.strict(spec).validate(JSON.readTree(json), schema);
  }

  @Test
  void catchesWrongTypesUnknownFieldsBadEnumsAndNulls() throws Exception {
    assertThat(
            violations(
                "{\"requestId\":\"r\",\"folders\":[{\"id\":\"1\",\"name\":\"n\"}]}",
                "LibraryResponse"))
        .isEmpty();
    assertThat(violations("{\"requestId\":1}", "LibraryResponse"))
        .containsExactly("$.requestId: expected a string, got NUMBER");
    assertThat(violations("{\"folders\":[{\"id\":\"1\",\"colour\":\"red\"}]}", "LibraryResponse"))
        .containsExactly("$.folders[0].colour: field not in the schema");
    assertThat(violations("{\"folders\":[{\"updated\":\"yesterday\"}]}", "LibraryResponse"))
        .singleElement()
        .asString()
        .contains("not an ISO-8601");
    assertThat(
            violations(
                "{\"answeredScorecards\":[{\"visibilityType\":\"SECRET\",\"callId\":1.5}]}",
                "AnsweredScorecards"))
        .hasSize(2);
    assertThat(violations("{\"folders\":null}", "LibraryResponse")).hasSize(1);
    assertThat(violations("{\"filter\":{}}", "PublicApiBaseRequestV2MultipleUsersWithDates"))
        .containsExactlyInAnyOrder(
            "$.filter: required field 'fromDate' is missing",
            "$.filter: required field 'toDate' is missing");
  }

  @Test
  void roundTripNamesADroppedField() throws Exception {
    JsonNode raw =
        JSON.readTree(
            "{\"requestId\":\"r\",\"workspaces\":[{\"id\":\"1\",\"name\":\"n\",\"extra\":\"x\"}]}");
    assertThatThrownBy(() -> Conformance.assertRoundTrip(raw, WorkspacesEnvelope.class))
        .hasMessageContaining("$.workspaces[].extra");
  }

  @Test
  void existingAnswersConform() throws Exception {
    Conformance c = new Conformance(sim);
    c.check("GET", "/v2/workspaces", "/v2/workspaces", null, 200, WorkspacesEnvelope.class);
    c.check("GET", "/v2/users/{id}", "/v2/users/123", null, 404, null);
  }
}
