package dev.gongconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.cli.command.ActionCommands;
import dev.gongconnector.cli.command.RegistryCatalog;
import dev.gongconnector.cli.output.ResultPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every subcommand against the local Gong, in-process. */
class CommandsTest extends CliTestSupport {

  @Test
  void helpVersionActionsAndSchema() {
    Result help = gong("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .contains(
            "Usage: gong",
            "demo",
            "configure",
            "run",
            "add-new-call",
            "(also: add-call",
            "get-call",
            "search-calls",
            "Actions (",
            "Exit codes");
    assertThat(gong().out()).contains("Usage: gong");
    assertThat(gong("--version").out()).startsWith("gong ");
    assertThat(gong("help", "get-call").out()).contains("--call-id");

    Result actions = gong("actions");
    assertThat(actions.code()).isZero();
    assertThat(actions.out()).contains("COMMAND", "add-new-call", "add-call", "search-calls");
    JsonNode list = gong("tools", "--output", "json").json();
    assertThat(list.size()).isEqualTo(RegistryCatalog.create().actions().size());

    // `gong search` is the library's command: search-calls does not list it as an alias.
    for (JsonNode action : list) {
      if (action.path("name").asText().equals("search_calls")) {
        assertThat(action.path("aliases").toString()).doesNotContain("\"search\"");
      }
    }

    Result schema = gong("schema", "add-call");
    assertThat(schema.code()).isZero();
    assertThat(schema.json().path("properties").has("client_unique_id")).isTrue();
    Result unknown = gong("schema", "nope");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown action 'nope'", "get-call");
  }

  @Test
  void helpTextsSayEachThingOnce() {
    // Each action's help states its first sentence once (the command list shows a short form).
    for (Action action : RegistryCatalog.create().actions()) {
      String flat = gong(Names.kebab(action.name()), "--help").out().replaceAll("\\s+", " ");
      String first =
          ActionCommands.firstSentence(action.description().trim()).replaceAll("\\s+", " ");
      int at = flat.indexOf(first);
      assertThat(at).as("%s in %s", first, flat).isNotNegative();
      assertThat(flat.indexOf(first, at + 1)).as(action.name()).isEqualTo(-1);
      // -o help says the default of this command, not of `gong actions`.
      assertThat(flat).contains("(default: json)").doesNotContain("`gong actions`: table");
    }
    assertThat(gong("actions", "--help").out()).contains("A table unless -o");
  }

  @Test
  void everyActionHasASubcommandWithAnOptionPerProperty() {
    CommandLine root =
        Main.commandLine(CliContext.of(env(), home, System.in), RegistryCatalog.create());
    for (Action action : RegistryCatalog.create().actions()) {
      CommandLine command = root.getSubcommands().get(Names.kebab(action.name()));
      assertThat(command).as(action.name()).isNotNull();
      String usage = command.getUsageMessage();
      action
          .inputSchema()
          .path("properties")
          .fieldNames()
          .forEachRemaining(
              p -> assertThat(usage).as(action.name()).contains("--" + Names.kebab(p)));
      assertThat(usage).contains("--output", "--base-url", "--profile", "--sim", "--dry-run");
      for (String alias : action.aliases()) {
        CommandLine target = root.getSubcommands().get(Names.kebab(alias));
        // An alias another command already owns (the library's `gong search`) stays that command's.
        if (target.getCommandSpec().userObject()
            instanceof dev.gongconnector.cli.library.SearchCommand) continue;
        assertThat(target).as(alias).isSameAs(command);
      }
    }
    // Executed by an alias, the help of the action comes out with exit 0.
    Result byAlias = gong("add-call", "--help");
    assertThat(byAlias.code()).isZero();
    assertThat(byAlias.out()).contains("--client-unique-id", "--media-file");
    // snake_case names work as commands too (as MCP clients and the first seed spell them).
    assertThat(gong("list_workspace_id_options").code()).isZero();
  }

  @Test
  void workspacesUsersAndCalls() {
    Result workspaces = gong("list-workspace-id-options");
    assertThat(workspaces.code()).as(workspaces.toString()).isZero();
    assertThat(workspaces.out().trim()).doesNotContain("\n"); // compact JSON when not on a terminal
    JsonNode envelope = workspaces.json();
    assertThat(envelope.path("success").asBoolean()).isTrue();
    assertThat(envelope.path("data").path("workspaces").size()).isPositive();

    JsonNode users = gong("list-users").json().path("data").path("users");
    String userId = users.get(0).path("id").asText();
    Result user = gong("get-user", "--user-id", userId, "--pretty");
    assertThat(user.code()).isZero();
    assertThat(user.out()).contains("\n  \"success\" : true");
    assertThat(user.json().path("data").toString()).contains(userId);

    String from = sim.earliestCallStart().toString();
    Result calls = gong("list-calls", "--from-date", from, "--max-results", "5");
    assertThat(calls.code()).as(calls.toString()).isZero();
    JsonNode listed = calls.json().path("data").path("calls");
    assertThat(listed.size()).isEqualTo(5);
    String callId = listed.get(0).path("id").asText();

    Result call = gong("call", "--call-id", callId, "--include-content");
    assertThat(call.code()).as(call.toString()).isZero();
    assertThat(call.json().path("data").path("id").asText()).isEqualTo(callId);

    Result extensive =
        gong(
            "get-extensive-data",
            "--call-ids",
            callId,
            "--include-parties",
            "--content",
            "topics,brief");
    assertThat(extensive.code()).as(extensive.toString()).isZero();
    assertThat(extensive.out()).contains(callId);

    Result transcripts =
        gong(
            "retrieve-transcripts-of-calls",
            "--call-ids",
            "[\"" + callId + "\"]",
            "--max-sentences-per-call",
            "3",
            "--output",
            "table");
    assertThat(transcripts.code()).as(transcripts.toString()).isZero();
    String[] lines = transcripts.out().split("\n");
    assertThat(lines[0]).contains("CALLID", "SPEAKER", "TEXT");
    assertThat(lines).hasSize(4);
  }

  @Test
  void csvColumnsComeFromTheDeclaredListing() throws Exception {
    Result users = gong("list-users", "-o", "csv");
    assertThat(users.code()).as(users.toString()).isZero();
    assertThat(users.out().split("\r\n")[0])
        .isEqualTo("id,name,emailAddress,title,active,managerId");
    Result workspaces = gong("list-workspaces", "-o", "csv");
    assertThat(workspaces.out().split("\r\n")[0]).isEqualTo("id,name,description");
    // Rows of varying shape (Gong's stats items): the columns are the rows' own.
    Result stats =
        gong("get-activity-stats", "--from-date", sim.earliestCallStart().toString(), "-o", "csv");
    assertThat(stats.code()).as(stats.toString()).isZero();
    assertThat(stats.out().split("\r\n")[0]).startsWith("userId");
    // No listing: one object is one row, its fields the columns.
    String id = users.out().split("\r\n")[1].split(",")[0];
    Result user = gong("get-user", "--id", id, "-o", "csv");
    assertThat(user.out().split("\r\n")).hasSize(2);
    assertThat(user.out().split("\r\n")[0]).startsWith("id,");
  }

  @Test
  void everyOutputFormat() throws Exception {
    String[] range = {
      "list-calls", "--from-date", sim.earliestCallStart().toString(), "--max-results", "7"
    };
    Result table = gong(concat(range, "--output", "table"));
    assertThat(table.code()).isZero();
    assertThat(table.out().split("\n")).hasSize(8);
    assertThat(table.out().split("\n")[0]).startsWith("ID").contains("TITLE", "STARTED");
    assertThat(table.err()).contains("count=7");

    Result csv = gong(concat(range, "-o", "csv"));
    String[] rows = csv.out().split("\r\n");
    assertThat(rows).hasSize(8);
    // The columns are the components of the client's Call record, list_calls' declared row type.
    List<String> components = new ArrayList<>();
    for (var c : dev.gongconnector.client.calls.Call.class.getRecordComponents()) {
      components.add(c.getName());
    }
    assertThat(rows[0]).isEqualTo(String.join(",", components));

    Result jsonl = gong(concat(range, "-o", "jsonl"));
    String[] lines = jsonl.out().split("\n");
    assertThat(lines).hasSize(7);
    for (String line : lines) assertThat(ResultPrinter.JSON.readTree(line).has("id")).isTrue();

    Result json = gong(concat(range, "-o", "JSON"));
    assertThat(json.json().path("data").path("calls").size()).isEqualTo(7);
  }

  @Test
  void addCallWithALocalMediaFileUploadsIt() throws Exception {
    Path recording = home.resolve("call.mp3");
    Files.write(recording, new byte[64 * 1024]);
    JsonNode user = gong("list-users").json().path("data").path("users").get(0);
    String userId = user.path("id").asText();
    Result added =
        gong(
            "add-call",
            "--client-unique-id",
            "media-file-test",
            "--actual-start",
            "2026-01-05T10:00:00Z",
            "--call-title",
            "With a local recording",
            "--direction",
            "Inbound",
            "--primary-user",
            userId,
            "--participants",
            "[{\"userId\":\"" + userId + "\",\"mediaChannelId\":0}]",
            "--media-file",
            recording.toString(),
            "--media-dir",
            home.toString());
    assertThat(added.code()).as(added.toString()).isZero();
    String callId = added.json().path("data").path("callId").asText();

    Result again =
        gong(
            "upload-call-media",
            "--call-id",
            callId,
            "--media-file",
            recording.toString(),
            "--media-dir",
            home.toString());
    assertThat(again.code())
        .as(again.toString())
        .isIn(0, 1); // Gong may refuse a second upload; never a crash
    assertThat(again.json().has("success")).isTrue();

    // Outside the media directories (default: the working directory): refused as bad usage.
    Result outside =
        gong("upload-call-media", "--call-id", callId, "--media-file", recording.toString());
    assertThat(outside.code()).as(outside.toString()).isEqualTo(2);
    assertThat(outside.json().path("error").path("message").asText())
        .contains("outside the media directories");
  }

  @Test
  void progressOnlyWhenAskedOrOnATerminal() {
    Map<String, String> env = env();
    env.put("GONG_PROGRESS", "always");
    String[] transcripts = {
      "retrieve-transcripts-of-calls",
      "--from-date",
      sim.earliestCallStart().toString(),
      "--max-calls",
      "3",
      "--max-sentences-per-call",
      "2"
    };
    Result withProgress = gongWith(env, "", transcripts);
    assertThat(withProgress.code()).as(withProgress.toString()).isZero();
    assertThat(withProgress.err()).contains("\rreading transcripts: 3/3");
    Result quiet = gong(transcripts);
    assertThat(quiet.err()).doesNotContain("\r");
    assertThat(quiet.json().path("data").path("transcripts"))
        .isEqualTo(withProgress.json().path("data").path("transcripts"));
  }

  @Test
  void progressOnAStderrTerminalWhileStdoutGoesToAFile() throws Exception {
    String[] transcripts = {
      "retrieve-transcripts-of-calls",
      "--from-date",
      sim.earliestCallStart().toString(),
      "--max-calls",
      "3",
      "-o",
      "csv"
    };
    // stdout redirected (not interactive), stderr a terminal: as `gong ... -o csv > f` in a shell.
    CliContext stderrTty =
        new CliContext(
            env(), home, new java.io.ByteArrayInputStream(new byte[0]), false, null, true);
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        Main.execute(
            stderrTty,
            new java.io.PrintWriter(out, true),
            new java.io.PrintWriter(err, true),
            transcripts);
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("\rreading transcripts: 3/3");
    assertThat(out.toString()).startsWith("callId,").doesNotContain("reading transcripts");

    // --progress asks for it without a terminal; --no-progress silences a terminal.
    assertThat(gong(concat(transcripts, "--progress")).err()).contains("reading transcripts: 3/3");
    java.io.StringWriter quiet = new java.io.StringWriter();
    Main.execute(
        stderrTty,
        new java.io.PrintWriter(new java.io.StringWriter(), true),
        new java.io.PrintWriter(quiet, true),
        concat(transcripts, "--no-progress"));
    assertThat(quiet.toString()).doesNotContain("reading transcripts");
  }

  @Test
  void credentialsAsFlagsWorkWithAWarningAndAreNeverPrinted() {
    Result result =
        gongWith(
            Map.of(),
            "",
            "list-workspaces",
            "--base-url",
            sim.baseUrl() + "/v2/",
            "--access-key",
            sim.accessKey(),
            "--access-key-secret",
            sim.accessKeySecret(),
            "-o",
            "table");
    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.err()).contains("shell history").doesNotContain("embedded");
    assertThat(result.out() + result.err()).doesNotContain(sim.accessKeySecret());
  }

  @Test
  void withNothingConfiguredAnEmbeddedGongAnswers() {
    Result result = gongWith(Map.of("GONG_SIM_CALLS", "20"), "", "list-workspaces", "-o", "table");
    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.err())
        .contains("no Gong credentials found: using an embedded local Gong (simulated data)");
    assertThat(result.out()).startsWith("ID");
    Result forced = gongWith(env(), "", "list-workspaces", "--sim");
    assertThat(forced.err()).contains("--sim");
    assertThat(forced.code()).isZero();
  }

  @Test
  void searchCallsAnswersFromTheLibraryThatGongSyncWrote() {
    String from = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(20).toString();
    Result before = gong("search-calls", "--keywords", "pricing", "--from-date", from);
    assertThat(before.code()).as(before.toString()).isZero();
    assertThat(before.json().path("data").path("source").asText()).isEqualTo("gong-api");

    Result sync = gong("sync", "--from", from);
    assertThat(sync.code()).as(sync.toString()).isZero();
    Result after = gong("search-calls", "--keywords", "pricing", "--from-date", from);
    assertThat(after.code()).as(after.toString()).isZero();
    assertThat(after.json().path("data").path("source").asText()).isEqualTo("local-library");
    Result transcripts =
        gong("search-transcripts", "--query", "pricing", "--from-date", from, "-o", "jsonl");
    assertThat(transcripts.code()).as(transcripts.toString()).isZero();
    assertThat(transcripts.out()).contains("\"text\"");
  }

  @Test
  void dryRunShowsTheTypedParameters() {
    Result dry =
        gong(
            "search-calls",
            "--keywords",
            "a,b",
            "--keywords",
            "[\"c\"]",
            "--include-media",
            "--page-size",
            "3",
            "--context",
            "extended",
            "--dry-run");
    assertThat(dry.code()).isZero();
    assertThat(dry.json().toString())
        .isEqualTo(
            "{\"keywords\":[\"a\",\"b\",\"c\"],\"context\":\"Extended\",\"include_media\":true,\"page_size\":3}");
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
