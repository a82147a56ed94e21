package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CRM endpoints: the entities are exactly the accounts and deals the calls' context names. */
class CrmTest {

  static GongSimulator sim;
  static SimHttp http;

  @BeforeAll
  static void start() {
    sim = GongSimulator.builder().calls(300).rateLimitPerSecond(0).dailyLimit(0).start();
    http = new SimHttp(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static String integrationId() throws Exception {
    SimHttp.Answer a = http.get("/v2/crm/integrations");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("integrations")).hasSize(1);
    JsonNode i = a.json().get("integrations").get(0);
    assertThat(i.get("integrationId").isIntegralNumber()).isTrue();
    assertThat(i.get("ownerEmail").asText()).contains("@");
    return i.get("integrationId").asText();
  }

  SimHttp.Answer entities(String type, String idsJson) throws Exception {
    return http.send(
        http.request("/v2/crm/entities?integrationId=" + integrationId() + "&objectType=" + type)
            .header("Content-Type", "application/json")
            .method("GET", HttpRequest.BodyPublishers.ofString(idsJson))
            .build());
  }

  @Test
  void entitiesMatchTheCallsContext() throws Exception {
    SimHttp.Answer ext =
        http.post(
            "/v2/calls/extensive",
            "{\"filter\":{},\"contentSelector\":{\"context\":\"Extended\",\"exposedFields\":{\"parties\":true}}}");
    assertThat(ext.status()).isEqualTo(200);
    Map<String, Map<String, String>> accounts = new TreeMap<>();
    Map<String, Map<String, String>> deals = new TreeMap<>();
    Map<String, String> contacts = new TreeMap<>();
    for (JsonNode call : ext.json().get("calls")) {
      for (JsonNode ctx : call.get("context")) {
        for (JsonNode o : ctx.get("objects")) {
          Map<String, String> fields = new TreeMap<>();
          o.get("fields").forEach(f -> fields.put(f.get("name").asText(), f.get("value").asText()));
          (o.get("objectType").asText().equals("Account") ? accounts : deals)
              .put(o.get("objectId").asText(), fields);
        }
      }
      for (JsonNode p : call.get("parties")) {
        if (p.has("context")) {
          JsonNode o = p.get("context").get(0).get("objects").get(0);
          if (o.get("objectType").asText().equals("Contact")) {
            contacts.put(o.get("objectId").asText(), p.get("name").asText());
          }
        }
      }
    }
    assertThat(accounts).isNotEmpty();
    assertThat(contacts).isNotEmpty();
    // Gong answers at most 100 ids a request
    accounts.keySet().retainAll(accounts.keySet().stream().limit(100).toList());
    deals.keySet().retainAll(deals.keySet().stream().limit(100).toList());
    contacts.keySet().retainAll(contacts.keySet().stream().limit(100).toList());
    String ids = SimHttp.JSON.writeValueAsString(accounts.keySet());
    JsonNode map = entities("ACCOUNT", ids).json().get("crmObjectsMap");
    accounts.forEach(
        (id, f) -> {
          assertThat(map.get(id).get("Name").asText()).isEqualTo(f.get("Name"));
          assertThat(map.get(id).get("Industry").asText()).isEqualTo(f.get("Industry"));
        });
    JsonNode dm =
        entities("DEAL", SimHttp.JSON.writeValueAsString(deals.keySet()))
            .json()
            .get("crmObjectsMap");
    deals.forEach(
        (id, f) -> {
          assertThat(dm.get(id).get("Name").asText()).isEqualTo(f.get("Name"));
          assertThat(dm.get(id).get("Amount").asText()).isEqualTo(f.get("Amount"));
          // context timing "Now" (the default of Extended) is the deal's current stage
          assertThat(dm.get(id).get("StageName").asText()).isEqualTo(f.get("StageName"));
        });
    JsonNode cm =
        entities("CONTACT", SimHttp.JSON.writeValueAsString(contacts.keySet()))
            .json()
            .get("crmObjectsMap");
    contacts.forEach((id, name) -> assertThat(cm.get(id).get("Name").asText()).isEqualTo(name));
  }

  @Test
  void unknownIdsAreNullAndOnlyTheFirst100Answer() throws Exception {
    StringBuilder ids = new StringBuilder("[\"nope\"");
    for (int i = 0; i < 120; i++) {
      ids.append(",\"x").append(i).append('"');
    }
    SimHttp.Answer a = entities("ACCOUNT", ids.append(']').toString());
    assertThat(a.status()).isEqualTo(200);
    JsonNode map = a.json().get("crmObjectsMap");
    assertThat(map.size()).isEqualTo(100);
    assertThat(map.get("nope").isNull()).isTrue();
  }

  @Test
  void errorsNameTheField() throws Exception {
    assertThat(entities("ACCOUNT", "").error()).startsWith("objectsCrmIds");
    assertThat(entities("OPPORTUNITY", "[\"a\"]").error()).startsWith("objectType");
    SimHttp.Answer noIntegration = http.get("/v2/crm/entity-schema?objectType=ACCOUNT");
    assertThat(noIntegration.status()).isEqualTo(400);
    assertThat(noIntegration.error()).startsWith("integrationId");
    SimHttp.Answer unknown = http.get("/v2/crm/entity-schema?integrationId=42&objectType=ACCOUNT");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void schemaOfOneOrAllTypes() throws Exception {
    String id = integrationId();
    SimHttp.Answer one = http.get("/v2/crm/entity-schema?integrationId=" + id + "&objectType=DEAL");
    JsonNode m = one.json().get("objectTypeToSelectedFields");
    assertThat(m.size()).isEqualTo(1);
    Set<String> names = new HashSet<>();
    m.get("DEAL").forEach(f -> names.add(f.get("uniqueName").asText()));
    assertThat(names).contains("Name", "StageName", "Amount");
    SimHttp.Answer all = http.get("/v2/crm/entity-schema?integrationId=" + id);
    assertThat(all.json().get("objectTypeToSelectedFields").size()).isEqualTo(4);
  }

  @Test
  void manualAssociationsPointAtTheCallsAccount() throws Exception {
    SimHttp.Answer a = http.get("/v2/calls/manual-crm-associations");
    assertThat(a.status()).isEqualTo(200);
    JsonNode list = a.json().get("associations");
    assertThat(list.size()).isPositive();
    String prev = "";
    for (JsonNode x : list) {
      assertThat(x.get("created").asText()).isGreaterThanOrEqualTo(prev);
      prev = x.get("created").asText();
      SimHttp.Answer call =
          http.post(
              "/v2/calls/extensive",
              "{\"filter\":{\"callIds\":[\""
                  + x.get("callId").asText()
                  + "\"]},\"contentSelector\":{\"context\":\"Extended\"}}");
      JsonNode objects = call.json().get("calls").get(0).get("context").get(0).get("objects");
      Set<String> ids = new HashSet<>();
      objects.forEach(o -> ids.add(o.get("objectId").asText()));
      assertThat(ids).contains(x.get("associatedCrmObjects").get(0).get("accountCrmId").asText());
    }
    SimHttp.Answer later =
        http.get("/v2/calls/manual-crm-associations?fromDateTime=" + SimHttp.q(prev));
    assertThat(later.json().get("associations").size()).isBetween(1, 2);
    assertThat(http.get("/v2/calls/manual-crm-associations?fromDateTime=yesterday").error())
        .startsWith("fromDateTime");
  }

  @Test
  void aBearerTokenWithoutTheScopeGets403() throws Exception {
    try (GongSimulator s =
        GongSimulator.builder()
            .calls(10)
            .rateLimitPerSecond(0)
            .bearerToken("tok")
            .bearerTokenScopes(Set.of("api:crm:integrations:read"))
            .start()) {
      SimHttp h = new SimHttp(s);
      h.authorization = "Bearer tok";
      assertThat(h.get("/v2/crm/integrations").status()).isEqualTo(200);
      SimHttp.Answer denied = h.get("/v2/calls/manual-crm-associations");
      assertThat(denied.status()).isEqualTo(403);
      assertThat(denied.error()).contains("api:crm-calls:manual-association:read");
      h.authorization = SimHttp.basic(s.accessKey(), s.accessKeySecret());
      assertThat(h.get("/v2/calls/manual-crm-associations").status()).isEqualTo(200);
    }
  }
}
