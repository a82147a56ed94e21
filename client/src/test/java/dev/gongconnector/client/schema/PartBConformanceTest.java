package dev.gongconnector.client.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.gongconnector.client.internal.CallsAccessEnvelope;
import dev.gongconnector.client.internal.CrmIntegrationsEnvelope;
import dev.gongconnector.client.internal.CrmObjectsEnvelope;
import dev.gongconnector.client.internal.CrmSchemaEnvelope;
import dev.gongconnector.client.internal.FlowsEnvelope;
import dev.gongconnector.client.internal.LogsEnvelope;
import dev.gongconnector.client.internal.ManualAssociationsEnvelope;
import dev.gongconnector.client.internal.PermissionProfileEnvelope;
import dev.gongconnector.client.internal.PermissionProfilesEnvelope;
import dev.gongconnector.client.internal.ProfileUsersEnvelope;
import dev.gongconnector.client.internal.ProspectFlowsEnvelope;
import dev.gongconnector.client.privacy.EmailAddressReferences;
import dev.gongconnector.client.privacy.PhoneNumberReferences;
import dev.gongconnector.simulator.GongSimulator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 part B: every answer of the local Gong for CRM, flows, access and audit, permission
 * profiles and privacy look-ups, success and error, validates against Gong's OpenAPI schema, and
 * the client's records keep every field. Where Gong's spec documents no schema for an error status
 * we answer (404 for an unknown id, 403 for a missing scope), the body is checked against Gong's
 * {@code ErrorResponse}; the CRM schema and objects answers may carry nulls, as Gong's own
 * documentation shows them.
 */
class PartBConformanceTest {

  private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);
  private static GongSimulator sim;
  private static Conformance c;
  private static OpenApiSpec spec;
  private static String integrationId;
  private static String workspaceId;
  private static JsonNode externalCall;

  @BeforeAll
  static void start() throws Exception {
    sim =
        GongSimulator.builder()
            .calls(400)
            .anchorDate(ANCHOR)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .bearerToken("narrow")
            .bearerTokenScopes(Set.of("api:users:read"))
            .start();
    c = new Conformance(sim);
    spec = OpenApiSpec.load();
    integrationId =
        c.send("GET", "/v2/crm/integrations", null)
            .json()
            .at("/integrations/0/integrationId")
            .asText();
    workspaceId = c.send("GET", "/v2/workspaces", null).json().at("/workspaces/0/id").asText();
    JsonNode calls =
        c.send(
                "POST",
                "/v2/calls/extensive",
                "{\"filter\":{},\"contentSelector\":{\"context\":\"Extended\",\"exposedFields\":{\"parties\":true}}}")
            .json()
            .get("calls");
    for (JsonNode call : calls) {
      if (!call.get("context").isEmpty() && externalCall == null) {
        externalCall = call;
      }
    }
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  /**
   * Like {@link Conformance#check}, for answers with Gong-documented nulls or undocumented errors.
   */
  static JsonNode check(
      String method,
      String template,
      String pq,
      String body,
      int status,
      Class<?> envelope,
      boolean nulls,
      String... anyValue)
      throws Exception {
    Conformance.Answer a = c.send(method, pq, body);
    JsonNode checked = a.json().deepCopy();
    for (String path : anyValue) {
      relax(checked, path.split("\\."), 0);
    }
    assertThat(a.status()).as("%s %s answered %s", method, pq, a.json()).isEqualTo(status);
    JsonNode schema =
        spec.documents(method, template, status)
            ? spec.responseSchema(method, template, status)
            : JsonNodeFactory.instance
                .objectNode()
                .put("$ref", "#/components/schemas/ErrorResponse");
    SchemaValidator v =
        nulls ? SchemaValidator.strict(spec).allowingNulls() : SchemaValidator.strict(spec);
    assertThat(v.validate(checked, schema))
        .as("%s %s (%d) against the OpenAPI schema", method, pq, status)
        .isEmpty();
    if (envelope != null) {
      Conformance.assertRoundTrip(a.json(), envelope);
    }
    return a.json();
  }

  /**
   * Gong's export types the values of free-form maps ({@code crmObjectsMap.*.*}, {@code
   * logRecord.*}, {@code ContextField.value}) as {@code object}: Java's {@code Object}, any JSON
   * value, as Gong's prose says ("the corresponding value is the field value"). Scalars there are
   * replaced by {} before validation; everything else is checked as strictly as elsewhere.
   */
  static void relax(JsonNode n, String[] path, int i) {
    if (n == null || i >= path.length) {
      return;
    }
    String seg = path[i];
    boolean array = seg.endsWith("[]");
    String name = array ? seg.substring(0, seg.length() - 2) : seg;
    List<JsonNode> children = new ArrayList<>();
    if (name.equals("*")) {
      n.forEach(children::add);
    } else if (n.has(name)) {
      children.add(n.get(name));
    }
    if (i == path.length - 1 && n.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode o =
          (com.fasterxml.jackson.databind.node.ObjectNode) n;
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String f : names) {
        if ((name.equals("*") || name.equals(f)) && o.get(f).isValueNode() && !o.get(f).isNull()) {
          o.set(f, JsonNodeFactory.instance.objectNode());
        }
      }
      return;
    }
    for (JsonNode ch : children) {
      if (array) {
        ch.forEach(e -> relax(e, path, i + 1));
      } else {
        relax(ch, path, i + 1);
      }
    }
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void crm() throws Exception {
    c.check(
        "GET",
        "/v2/crm/integrations",
        "/v2/crm/integrations",
        null,
        200,
        CrmIntegrationsEnvelope.class);
    String base = "/v2/crm/entity-schema?integrationId=" + integrationId;
    for (String t : new String[] {"ACCOUNT", "CONTACT", "DEAL", "LEAD"}) {
      check(
          "GET",
          "/v2/crm/entity-schema",
          base + "&objectType=" + t,
          null,
          200,
          CrmSchemaEnvelope.class,
          true);
    }
    check("GET", "/v2/crm/entity-schema", base, null, 200, CrmSchemaEnvelope.class, true);
    c.check("GET", "/v2/crm/entity-schema", base + "&objectType=OPPORTUNITY", null, 400, null);
    check(
        "GET",
        "/v2/crm/entity-schema",
        "/v2/crm/entity-schema?integrationId=5&objectType=DEAL",
        null,
        404,
        null,
        false);
    List<String> accounts = new ArrayList<>();
    List<String> deals = new ArrayList<>();
    for (JsonNode o : externalCall.at("/context/0/objects")) {
      (o.get("objectType").asText().equals("Account") ? accounts : deals)
          .add(o.get("objectId").asText());
    }
    List<String> contacts = new ArrayList<>();
    for (JsonNode p : externalCall.get("parties")) {
      if (p.at("/context/0/objects/0/objectType").asText().equals("Contact")) {
        contacts.add(p.at("/context/0/objects/0/objectId").asText());
      }
    }
    String ent = "/v2/crm/entities?integrationId=" + integrationId + "&objectType=";
    JsonNode a =
        check(
            "GET",
            "/v2/crm/entities",
            ent + "ACCOUNT",
            json(accounts),
            200,
            CrmObjectsEnvelope.class,
            false,
            "crmObjectsMap.*.*");
    assertThat(a.get("crmObjectsMap").size()).isEqualTo(1);
    check(
        "GET",
        "/v2/crm/entities",
        ent + "DEAL",
        json(deals),
        200,
        CrmObjectsEnvelope.class,
        false,
        "crmObjectsMap.*.*");
    check(
        "GET",
        "/v2/crm/entities",
        ent + "CONTACT",
        json(contacts),
        200,
        CrmObjectsEnvelope.class,
        false,
        "crmObjectsMap.*.*");
    check(
        "GET", "/v2/crm/entities", ent + "LEAD", "[\"00Q1\"]", 200, CrmObjectsEnvelope.class, true);
    c.check("GET", "/v2/crm/entities", ent + "DEAL", null, 400, null);
    c.check(
        "GET",
        "/v2/calls/manual-crm-associations",
        "/v2/calls/manual-crm-associations",
        null,
        200,
        ManualAssociationsEnvelope.class);
    c.check(
        "GET",
        "/v2/calls/manual-crm-associations",
        "/v2/calls/manual-crm-associations?fromDateTime=soon",
        null,
        400,
        null);
  }

  static String json(List<String> ids) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ids);
  }

  @Test
  void flows() throws Exception {
    String email = c.send("GET", "/v2/users", null).json().at("/users/10/emailAddress").asText();
    c.check(
        "GET", "/v2/flows", "/v2/flows?flowOwnerEmail=" + q(email), null, 200, FlowsEnvelope.class);
    c.check("GET", "/v2/flows", "/v2/flows", null, 400, null);
    check("GET", "/v2/flows", "/v2/flows?flowOwnerEmail=x%40y.test", null, 404, null, false);
    List<String> ids = new ArrayList<>();
    JsonNode calls =
        c.send(
                "POST",
                "/v2/calls/extensive",
                "{\"filter\":{},\"contentSelector\":{\"context\":\"Extended\",\"exposedFields\":{\"parties\":true}}}")
            .json()
            .get("calls");
    for (JsonNode call : calls) {
      for (JsonNode p : call.get("parties")) {
        if (p.has("context") && ids.size() < 100) {
          ids.add(p.at("/context/0/objects/0/objectId").asText());
        }
      }
    }
    JsonNode f =
        c.check(
                "POST",
                "/v2/flows/prospects",
                "/v2/flows/prospects",
                "{\"crmProspectsIds\":" + json(ids) + "}",
                200,
                ProspectFlowsEnvelope.class)
            .json();
    assertThat(f.get("prospectsAssigned")).isNotEmpty();
    c.check("POST", "/v2/flows/prospects", "/v2/flows/prospects", "{}", 400, null);
  }

  @Test
  void accessAndAudit() throws Exception {
    String id = externalCall.at("/metaData/id").asText();
    c.check(
        "POST",
        "/v2/calls/users-access",
        "/v2/calls/users-access",
        "{\"filter\":{\"callIds\":[\"" + id + "\"]}}",
        200,
        CallsAccessEnvelope.class);
    c.check(
        "POST", "/v2/calls/users-access", "/v2/calls/users-access", "{\"filter\":{}}", 400, null);
    check(
        "POST",
        "/v2/calls/users-access",
        "/v2/calls/users-access",
        "{\"filter\":{\"callIds\":[\"7\"]}}",
        404,
        null,
        false);
    String from = q(ANCHOR.minusDays(30) + "T00:00:00Z");
    for (String t :
        new String[] {
          "AccessLog",
          "UserActivityLog",
          "UserCallPlay",
          "ExternallySharedCallAccess",
          "ExternallySharedCallPlay"
        }) {
      check(
          "GET",
          "/v2/logs",
          "/v2/logs?logType=" + t + "&fromDateTime=" + q(ANCHOR.minusDays(180) + "T00:00:00Z"),
          null,
          200,
          LogsEnvelope.class,
          false,
          "logEntries[].logRecord.*");
    }
    c.check(
        "GET",
        "/v2/logs",
        "/v2/logs?logType=AccessLog&fromDateTime=" + from + "&toDateTime=" + from,
        null,
        400,
        null);
    c.check(
        "GET",
        "/v2/logs",
        "/v2/logs?logType=AccessLog&fromDateTime=2001-01-01T00:00:00Z&toDateTime=2001-01-02T00:00:00Z",
        null,
        404,
        null);
    JsonNode profiles =
        c.check(
                "GET",
                "/v2/all-permission-profiles",
                "/v2/all-permission-profiles?workspaceId=" + workspaceId,
                null,
                200,
                PermissionProfilesEnvelope.class)
            .json();
    c.check("GET", "/v2/all-permission-profiles", "/v2/all-permission-profiles", null, 400, null);
    check(
        "GET",
        "/v2/all-permission-profiles",
        "/v2/all-permission-profiles?workspaceId=3",
        null,
        404,
        null,
        false);
    String pid = profiles.at("/profiles/0/id").asText();
    c.check(
        "GET",
        "/v2/permission-profile",
        "/v2/permission-profile?profileId=" + pid,
        null,
        200,
        PermissionProfileEnvelope.class);
    check(
        "GET",
        "/v2/permission-profile",
        "/v2/permission-profile?profileId=9",
        null,
        404,
        null,
        false);
    c.check(
        "GET",
        "/v2/permission-profile/users",
        "/v2/permission-profile/users?profileId=" + pid,
        null,
        200,
        ProfileUsersEnvelope.class);
  }

  @Test
  void privacy() throws Exception {
    String email = null;
    JsonNode calls =
        c.send(
                "POST",
                "/v2/calls/extensive",
                "{\"filter\":{},\"contentSelector\":{\"exposedFields\":{\"parties\":true}}}")
            .json()
            .get("calls");
    for (JsonNode call : calls) {
      for (JsonNode p : call.get("parties")) {
        if (p.path("affiliation").asText().equals("External") && p.has("emailAddress")) {
          email = p.get("emailAddress").asText();
        }
      }
    }
    JsonNode e =
        check(
            "GET",
            "/v2/data-privacy/data-for-email-address",
            "/v2/data-privacy/data-for-email-address?emailAddress=" + q(email),
            null,
            200,
            EmailAddressReferences.class,
            false,
            "customerData[].objects[].fields[].value");
    String phone = null;
    for (JsonNode f : e.at("/customerData/0/objects/0/fields")) {
      if (f.get("name").asText().equals("Phone")) {
        phone = f.get("value").asText();
      }
    }
    check(
        "GET",
        "/v2/data-privacy/data-for-phone-number",
        "/v2/data-privacy/data-for-phone-number?phoneNumber=" + q(phone),
        null,
        200,
        PhoneNumberReferences.class,
        false,
        "customerData[].objects[].fields[].value");
    c.check(
        "GET",
        "/v2/data-privacy/data-for-phone-number",
        "/v2/data-privacy/data-for-phone-number?phoneNumber=555",
        null,
        400,
        null);
    c.check(
        "GET",
        "/v2/data-privacy/data-for-email-address",
        "/v2/data-privacy/data-for-email-address",
        null,
        400,
        null);
  }

  @Test
  void aMissingScopeIs403WithGongsErrorBody() throws Exception {
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(sim.baseUrl() + "/v2/crm/integrations"))
                    .header("Authorization", "Bearer narrow")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
    assertThat(
            SchemaValidator.strict(spec)
                .validate(
                    body,
                    JsonNodeFactory.instance
                        .objectNode()
                        .put("$ref", "#/components/schemas/ErrorResponse")))
        .isEmpty();
    assertThat(body.at("/errors/0").asText()).contains("api:crm:integrations:read");
  }
}
