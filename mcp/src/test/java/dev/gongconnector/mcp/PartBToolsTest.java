package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContextLevel;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.simulator.GongSimulator;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The tools of issue 11 part B through the MCP SDK client, over streamable HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartBToolsTest {

  static final ObjectMapper M = new ObjectMapper();
  static final LocalDate ANCHOR = LocalDate.of(2025, 7, 1);
  static final String TOKEN = "partb-" + System.nanoTime();

  GongSimulator sim;
  GongClient gong;
  HttpMcpServer server;
  McpSyncClient mcp;
  List<CallData> calls;

  @TempDir Path dir;

  @BeforeAll
  void start() {
    sim =
        GongSimulator.builder()
            .calls(120)
            .seed(11)
            .anchorDate(ANCHOR)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .start();
    gong = LocalGong.client(sim);
    server =
        GongMcpServer.builder()
            .actions(ActionRegistry.builder(gong).build().list())
            .build()
            .startHttp("127.0.0.1", 0, TOKEN);
    mcp = SdkHttpClients.of(server, TOKEN).requestTimeout(Duration.ofSeconds(60)).build();
    mcp.initialize();
    calls =
        gong.calls()
            .extensive(
                ExtensiveRequest.builder()
                    .fromDateTime(ANCHOR.minusDays(200).atStartOfDay().atOffset(ZoneOffset.UTC))
                    .toDateTime(ANCHOR.atStartOfDay().atOffset(ZoneOffset.UTC))
                    .contentSelector(
                        ContentSelector.builder()
                            .context(ContextLevel.EXTENDED)
                            .include(ContentSelector.Field.PARTIES)
                            .build())
                    .build())
            .toList();
  }

  @AfterAll
  void stop() {
    mcp.closeGracefully();
    server.close();
    sim.close();
  }

  JsonNode call(String tool, Map<String, Object> args) throws Exception {
    CallToolResult r = mcp.callTool(CallToolRequest.builder(tool).arguments(args).build());
    JsonNode envelope = M.readTree(((TextContent) r.content().get(0)).text());
    assertThat(r.isError()).isEqualTo(!envelope.path("success").asBoolean());
    return envelope;
  }

  JsonNode ok(String tool, Map<String, Object> args) throws Exception {
    JsonNode e = call(tool, args);
    assertThat(e.path("success").asBoolean()).as("%s -> %s", tool, e.path("error")).isTrue();
    return e.path("data");
  }

  @Test
  void listsThePartBTools() {
    List<String> names = new ArrayList<>();
    mcp.listTools().tools().forEach(t -> names.add(t.name()));
    assertThat(names)
        .contains(
            "list_crm_integrations",
            "get_crm_schema",
            "get_crm_objects",
            "list_manual_crm_associations",
            "find_calls_by_crm",
            "list_flows",
            "get_prospect_flows",
            "get_call_users_access",
            "get_audit_logs",
            "list_permission_profiles",
            "get_permission_profile",
            "lookup_privacy_data",
            "get_call_media");
  }

  @Test
  void crmTools() throws Exception {
    assertThat(ok("list_crm_integrations", Map.of()).get("integrations")).hasSize(1);
    assertThat(
            ok("get_crm_schema", Map.of("object_type", "DEAL"))
                .at("/objectTypeToSelectedFields/DEAL"))
        .isNotEmpty();
    CallData external =
        calls.stream().filter(d -> !d.context().isEmpty()).findFirst().orElseThrow();
    String accountId = null;
    String accountName = null;
    for (var o : external.context().get(0).objects()) {
      if (o.objectType().equals("Account")) {
        accountId = o.objectId();
        accountName =
            o.fields().stream()
                .filter(f -> f.name().equals("Name"))
                .findFirst()
                .orElseThrow()
                .value()
                .toString();
      }
    }
    JsonNode objects =
        ok(
            "get_crm_objects",
            Map.of("object_type", "ACCOUNT", "crm_ids", List.of(accountId, "nope")));
    assertThat(objects.at("/objects/" + accountId + "/Name").asText()).isEqualTo(accountName);
    assertThat(objects.get("notFound")).extracting(JsonNode::asText).containsExactly("nope");
    JsonNode found =
        ok(
            "find_calls_by_crm",
            Map.of(
                "account",
                accountName.toLowerCase(),
                "from_date",
                ANCHOR.minusDays(200).toString(),
                "to_date",
                ANCHOR.toString()));
    List<String> ids = new ArrayList<>();
    found.get("calls").forEach(c -> ids.add(c.get("id").asText()));
    assertThat(ids).contains(external.id());
    long expected =
        calls.stream()
            .filter(
                d ->
                    d.context().stream()
                        .anyMatch(
                            c ->
                                c.objects().stream()
                                    .anyMatch(
                                        o ->
                                            o.objectId()
                                                .equals(
                                                    external.context().get(0).objects().stream()
                                                        .filter(
                                                            x -> x.objectType().equals("Account"))
                                                        .findFirst()
                                                        .get()
                                                        .objectId()))))
            .count();
    assertThat(found.get("matchingCalls").asLong()).isEqualTo(expected);
    assertThat(ok("list_manual_crm_associations", Map.of()).get("count").asInt()).isPositive();
    assertThat(call("get_crm_objects", Map.of("object_type", "ACCOUNT")).at("/error/type").asText())
        .isEqualTo("invalid_parameter");
    assertThat(call("find_calls_by_crm", Map.of()).at("/error/parameter").asText())
        .isEqualTo("account");
  }

  @Test
  void adminTools() throws Exception {
    String email = gong.users().list().skip(10).findFirst().orElseThrow().emailAddress();
    assertThat(ok("list_flows", Map.of("flow_owner_email", email)).get("count").asInt())
        .isPositive();
    List<String> contacts = new ArrayList<>();
    for (CallData d : calls) {
      d.parties()
          .forEach(
              p ->
                  p.context()
                      .forEach(
                          c ->
                              c.objects().stream()
                                  .filter(o -> o.objectType().equals("Contact"))
                                  .forEach(o -> contacts.add(o.objectId()))));
    }
    JsonNode flows =
        ok(
            "get_prospect_flows",
            Map.of("crm_prospect_ids", contacts.subList(0, Math.min(50, contacts.size()))));
    assertThat(flows.get("prospectsAssigned").size() + flows.get("notInAnyFlow").size())
        .isPositive();
    List<String> ids = calls.stream().map(CallData::id).limit(40).toList();
    assertThat(ok("get_call_users_access", Map.of("call_ids", ids)).get("callAccessList"))
        .hasSize(40);
    JsonNode logs =
        ok(
            "get_audit_logs",
            Map.of(
                "log_type",
                "UserCallPlay",
                "from_date",
                ANCHOR.minusDays(200).toString(),
                "to_date",
                ANCHOR.plusDays(10).toString()));
    assertThat(logs.get("count").asInt()).isPositive();
    String ws = gong.workspaces().list().get(0).id();
    JsonNode profiles = ok("list_permission_profiles", Map.of("workspace_id", ws));
    String pid = profiles.at("/profiles/0/id").asText();
    JsonNode profile = ok("get_permission_profile", Map.of("profile_id", pid));
    assertThat(profile.at("/profile/callsAccess/permissionLevel").asText()).isNotEmpty();
    assertThat(profile.get("users")).isNotEmpty();
    assertThat(call("get_permission_profile", Map.of("profile_id", "1")).at("/error/type").asText())
        .isEqualTo("not_found");
    String contactEmail =
        calls.stream()
            .flatMap(d -> d.parties().stream())
            .filter(p -> "External".equals(p.affiliation()) && p.emailAddress() != null)
            .findFirst()
            .orElseThrow()
            .emailAddress();
    assertThat(ok("lookup_privacy_data", Map.of("email_address", contactEmail)).get("calls"))
        .isNotEmpty();
    assertThat(call("lookup_privacy_data", Map.of()).at("/error/type").asText())
        .isEqualTo("invalid_parameter");
  }

  @Test
  void mediaTool() throws Exception {
    Path out = dir.resolve("call.mp3");
    JsonNode d = ok("get_call_media", Map.of("call_id", calls.get(0).id(), "out", out.toString()));
    assertThat(d.get("bytes").asLong()).isEqualTo(Files.size(out)).isPositive();
    JsonNode again =
        call("get_call_media", Map.of("call_id", calls.get(0).id(), "out", out.toString()));
    assertThat(again.path("success").asBoolean()).isFalse();
    assertThat(again.at("/error/message").asText()).contains("already exists");
  }
}
