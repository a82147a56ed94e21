package dev.gongconnector.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Flows, access and audit, permission profiles and privacy look-ups of the local Gong. */
class AdminEndpointsTest {

  static GongSimulator sim;
  static SimHttp http;

  @BeforeAll
  static void start() {
    sim = GongSimulator.builder().calls(400).rateLimitPerSecond(0).dailyLimit(0).start();
    http = new SimHttp(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  static JsonNode externalCall() throws Exception {
    JsonNode calls =
        http.post(
                "/v2/calls/extensive",
                "{\"filter\":{},\"contentSelector\":{\"exposedFields\":{\"parties\":true}}}")
            .json()
            .get("calls");
    for (JsonNode c : calls) {
      for (JsonNode p : c.get("parties")) {
        if (p.path("affiliation").asText().equals("External") && p.has("emailAddress")) {
          return c;
        }
      }
    }
    throw new AssertionError("no external call");
  }

  @Test
  void flowsOfAUserAndOfProspects() throws Exception {
    JsonNode users = http.get("/v2/users").json().get("users");
    String email = users.get(users.size() - 1).get("emailAddress").asText();
    SimHttp.Answer flows = http.get("/v2/flows?flowOwnerEmail=" + SimHttp.q(email));
    assertThat(flows.status()).isEqualTo(200);
    assertThat(flows.json().get("flows").size()).isPositive();
    assertThat(flows.json().get("records").get("totalRecords").asInt()).isPositive();
    assertThat(http.get("/v2/flows").error()).startsWith("flowOwnerEmail");
    assertThat(http.get("/v2/flows?flowOwnerEmail=nobody%40nowhere.test").status()).isEqualTo(404);
    List<String> contactIds = new ArrayList<>();
    JsonNode ext =
        http.post(
                "/v2/calls/extensive",
                "{\"filter\":{},\"contentSelector\":{\"context\":\"Extended\",\"exposedFields\":{\"parties\":true}}}")
            .json()
            .get("calls");
    for (JsonNode c : ext) {
      for (JsonNode p : c.get("parties")) {
        if (p.has("context") && contactIds.size() < 200) {
          contactIds.add(p.get("context").get(0).get("objects").get(0).get("objectId").asText());
        }
      }
    }
    SimHttp.Answer assigned =
        http.post(
            "/v2/flows/prospects",
            "{\"crmProspectsIds\":" + SimHttp.JSON.writeValueAsString(contactIds) + "}");
    assertThat(assigned.status()).isEqualTo(200);
    JsonNode list = assigned.json().get("prospectsAssigned");
    assertThat(list.size()).isPositive().isLessThan(contactIds.size());
    assertThat(contactIds).contains(list.get(0).get("crmProspectId").asText());
    assertThat(http.post("/v2/flows/prospects", "{}").error()).startsWith("crmProspectsIds");
  }

  @Test
  void permissionProfilesOfAWorkspace() throws Exception {
    String ws = http.get("/v2/workspaces").json().get("workspaces").get(0).get("id").asText();
    SimHttp.Answer all = http.get("/v2/all-permission-profiles?workspaceId=" + ws);
    JsonNode profiles = all.json().get("profiles");
    assertThat(profiles).extracting(p -> p.get("name").asText()).isSorted().isNotEmpty();
    Set<String> seen = new HashSet<>();
    for (JsonNode p : profiles) {
      String id = p.get("id").asText();
      JsonNode one = http.get("/v2/permission-profile?profileId=" + id).json().get("profile");
      assertThat(one).isEqualTo(p);
      for (JsonNode u :
          http.get("/v2/permission-profile/users?profileId=" + id).json().get("users")) {
        assertThat(seen.add(u.get("id").asText())).isTrue(); // one profile per user
        assertThat(
            http.get("/v2/users/" + u.get("id").asText()).json().get("user").get("workspaceId"));
      }
    }
    assertThat(seen).isNotEmpty();
    assertThat(http.get("/v2/all-permission-profiles").error()).startsWith("workspaceId");
    assertThat(http.get("/v2/permission-profile?profileId=1").status()).isEqualTo(404);
  }

  @Test
  void usersAccessAndLogs() throws Exception {
    JsonNode calls = http.get("/v2/calls?" + http.allRange()).json().get("calls");
    StringBuilder ids = new StringBuilder("[");
    for (int i = 0; i < 60; i++) {
      ids.append(i == 0 ? "" : ",").append('"').append(calls.get(i).get("id").asText()).append('"');
    }
    SimHttp.Answer access =
        http.post("/v2/calls/users-access", "{\"filter\":{\"callIds\":" + ids + "]}}");
    assertThat(access.status()).isEqualTo(200);
    JsonNode list = access.json().get("callAccessList");
    assertThat(list.size()).isEqualTo(60);
    int granted = 0;
    for (JsonNode c : list) {
      granted += c.get("users").size();
    }
    assertThat(granted).isPositive();
    assertThat(http.post("/v2/calls/users-access", "{\"filter\":{\"callIds\":[\"1\"]}}").status())
        .isEqualTo(404);
    assertThat(http.post("/v2/calls/users-access", "{\"filter\":{}}").error())
        .startsWith("filter.callIds");

    String from = SimHttp.q(sim.earliestCallStart().toString());
    SimHttp.Answer plays = http.get("/v2/logs?logType=UserCallPlay&fromDateTime=" + from);
    assertThat(plays.status()).isEqualTo(200);
    JsonNode e = plays.json().get("logEntries").get(0);
    assertThat(e.get("logRecord").get("callId").asText()).isNotEmpty();
    SimHttp.Answer logins = http.get("/v2/logs?logType=AccessLog&fromDateTime=" + from);
    assertThat(logins.json().get("records").has("cursor")).isTrue();
    String cursor = logins.json().get("records").get("cursor").asText();
    SimHttp.Answer next =
        http.get(
            "/v2/logs?logType=AccessLog&fromDateTime=" + from + "&cursor=" + SimHttp.q(cursor));
    assertThat(next.json().get("records").get("currentPageNumber").asInt()).isEqualTo(1);
    assertThat(http.get("/v2/logs?logType=Nope&fromDateTime=" + from).error())
        .startsWith("logType");
    assertThat(http.get("/v2/logs?logType=AccessLog").error()).startsWith("fromDateTime");
    assertThat(
            http.get(
                    "/v2/logs?logType=AccessLog&fromDateTime=2001-01-01T00:00:00Z&toDateTime=2001-02-01T00:00:00Z")
                .status())
        .isEqualTo(404);
  }

  @Test
  void privacyLookUpsFindTheCallsOfAnAddress() throws Exception {
    JsonNode call = externalCall();
    String email = null;
    for (JsonNode p : call.get("parties")) {
      if (p.path("affiliation").asText().equals("External") && p.has("emailAddress")) {
        email = p.get("emailAddress").asText();
      }
    }
    SimHttp.Answer a =
        http.get("/v2/data-privacy/data-for-email-address?emailAddress=" + SimHttp.q(email));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("calls"))
        .extracting(c -> c.get("id").asText())
        .contains(call.get("metaData").get("id").asText());
    JsonNode contact = a.json().get("customerData").get(0).get("objects").get(0);
    assertThat(contact.get("objectType").asText()).isEqualTo("Contact");
    String phone = null;
    for (JsonNode f : contact.get("fields")) {
      if (f.get("name").asText().equals("Phone")) {
        phone = f.get("value").asText();
      }
    }
    SimHttp.Answer byPhone =
        http.get("/v2/data-privacy/data-for-phone-number?phoneNumber=" + SimHttp.q(phone));
    assertThat(byPhone.status()).isEqualTo(200);
    assertThat(byPhone.json().get("emailAddresses")).extracting(JsonNode::asText).contains(email);
    assertThat(http.get("/v2/data-privacy/data-for-phone-number?phoneNumber=555").error())
        .startsWith("phoneNumber");
    SimHttp.Answer none =
        http.get("/v2/data-privacy/data-for-email-address?emailAddress=x%40y.test");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.json().get("calls")).isEmpty();
  }
}
