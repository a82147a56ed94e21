package dev.gongconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The part-B actions as generated commands: `gong get-call-media`, CRM and admin commands. */
class PartBCommandsTest extends CliTestSupport {

  String firstCallId() {
    Result r =
        gong(
            "list-calls",
            "--from-date",
            sim.earliestCallStart().toString(),
            "--to-date",
            sim.anchor().toString(),
            "--max-results",
            "1");
    assertThat(r.code()).as(r.toString()).isZero();
    return r.json().at("/data/calls/0/id").asText();
  }

  @Test
  void downloadsACallsAudioAndRefusesToOverwrite() throws Exception {
    String id = firstCallId();
    Path out = home.resolve("call.mp3");
    Result r = gong("get-call-media", "--call-id", id, "--out", out.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode d = r.json().get("data");
    assertThat(d.get("bytes").asLong()).isEqualTo(Files.size(out)).isPositive();
    assertThat(d.get("contentType").asText()).isEqualTo("audio/mpeg");
    Result again = gong("get-call-media", "--call-id", id, "--out", out.toString());
    assertThat(again.code()).as(again.toString()).isNotZero();
    assertThat(again.out() + again.err()).contains("already exists");
    Result forced = gong("get-call-media", "--call-id", id, "--out", out.toString(), "--overwrite");
    assertThat(forced.code()).as(forced.toString()).isZero();
  }

  @Test
  void crmCommands() {
    Result integrations = gong("list-crm-integrations");
    assertThat(integrations.code()).as(integrations.toString()).isZero();
    assertThat(integrations.json().at("/data/integrations")).hasSize(1);
    Result schema = gong("get-crm-schema", "--object-type", "ACCOUNT");
    assertThat(schema.json().at("/data/objectTypeToSelectedFields/ACCOUNT")).isNotEmpty();
    Result assoc = gong("list-manual-crm-associations", "--max-results", "3");
    assertThat(assoc.code()).as(assoc.toString()).isZero();
    String account =
        assoc.json().at("/data/associations/0/associatedCrmObjects/0/accountCrmId").asText();
    Result objects = gong("get-crm-objects", "--object-type", "ACCOUNT", "--crm-ids", account);
    String name = objects.json().at("/data/objects/" + account + "/Name").asText();
    assertThat(name).isNotEmpty();
    Result calls =
        gong(
            "find-calls-by-crm",
            "--account",
            name,
            "--from-date",
            sim.earliestCallStart().toString(),
            "--to-date",
            sim.anchor().toString());
    assertThat(calls.code()).as(calls.toString()).isZero();
    assertThat(calls.json().at("/data/calls"))
        .extracting(c -> c.get("id").asText())
        .contains(assoc.json().at("/data/associations/0/callId").asText());
    Result missing = gong("get-crm-objects", "--object-type", "ACCOUNT");
    assertThat(missing.code()).isEqualTo(2);
  }

  @Test
  void adminCommands() {
    String ws = gong("list-workspace-id-options").json().at("/data/workspaces/0/id").asText();
    Result profiles = gong("list-permission-profiles", "--workspace-id", ws);
    assertThat(profiles.code()).as(profiles.toString()).isZero();
    String pid = profiles.json().at("/data/profiles/0/id").asText();
    assertThat(gong("get-permission-profile", "--profile-id", pid).json().at("/data/users"))
        .isNotEmpty();
    Result logs =
        gong(
            "get-audit-logs",
            "--log-type",
            "AccessLog",
            "--from-date",
            sim.earliestCallStart().toString(),
            "--max-results",
            "5");
    assertThat(logs.json().at("/data/count").asInt()).isEqualTo(5);
    Result privacy = gong("lookup-privacy-data", "--phone-number", "12345");
    assertThat(privacy.code()).isNotZero();
    assertThat(privacy.out() + privacy.err()).contains("phoneNumber");
  }
}
