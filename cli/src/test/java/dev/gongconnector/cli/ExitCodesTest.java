package dev.gongconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.cli.output.ResultPrinter;
import dev.gongconnector.simulator.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 0 ok, 1 Gong or network failure, 2 bad usage: from options, from the action, from run files. */
class ExitCodesTest extends CliTestSupport {

  @Test
  void usageErrorsExit2WithAHint() {
    Result unknownCommand = gong("get-cal", "--call-id", "1");
    assertThat(unknownCommand.code()).isEqualTo(2);
    assertThat(unknownCommand.err()).contains("Unmatched argument", "get-call");
    assertThat(unknownCommand.out()).isEmpty();

    Result missing = gong("get-call");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--call-id", "required", "Try 'gong get-call --help'");

    // Every missing required option in one message, including those that have other accepted names.
    Result allMissing = gong("add-call", "--direction", "Outbound");
    assertThat(allMissing.code()).isEqualTo(2);
    assertThat(allMissing.err())
        .contains("--client-unique-id", "--actual-start", "--participants", "--primary-user")
        .doesNotContain("--direction");
    // Refused by the action's parameter set like any invalid value: the envelope on stdout.
    assertThat(allMissing.json().path("error").path("type").asText())
        .isEqualTo("invalid_parameter");
    // The hint names the command as typed (add-call), not its canonical name.
    assertThat(allMissing.err()).contains("Try 'gong add-call --help'");
    // An alias satisfies a required option (--parties for --participants).
    assertThat(gong("add-call", "--parties", "[{\"name\":\"A\"}]", "--client-unique-id", "x").err())
        .contains("--actual-start")
        .doesNotContain("--participants");

    Result unknownOption = gong("get-call", "--call-id", "1", "--colour", "red");
    assertThat(unknownOption.code()).isEqualTo(2);
    assertThat(unknownOption.err()).contains("--colour");

    Result badNumber = gong("list-calls", "--max-results", "many");
    assertThat(badNumber.code()).isEqualTo(2);
    assertThat(badNumber.err())
        .contains("invalid --max-results:", "must be a whole number, got the string \"many\"");

    Result badEnum = gong("search-calls", "--context", "Everything");
    assertThat(badEnum.code()).isEqualTo(2);
    assertThat(badEnum.err()).contains("must be one of None, Basic, Extended");

    Result badJson =
        gong(
            "add-call",
            "--client-unique-id",
            "x",
            "--actual-start",
            "2025-01-13T01:30:00Z",
            "--direction",
            "Outbound",
            "--primary-user",
            "1",
            "--participants",
            "[{\"name\": ",
            "--call-title",
            "t");
    assertThat(badJson.code()).isEqualTo(2);
    assertThat(badJson.err()).contains("--participants", "not valid JSON");
  }

  @Test
  void withJsonOutputEveryUsageErrorGivesTheEnvelopeOnStdout() throws Exception {
    String[][] usageErrors = {
      {"get-call"},
      {"get-call", "--call-id", "1", "--colour", "red"},
      {"list-calls", "--max-results", "many"},
      {"list-calls", "--max-results"},
      {"search-calls", "--context", "Everything"},
      {"list-calls", "--from-date", "last tuesday"},
      {"get-call", "--call-id", "1", "-o", "json", "--bogus"},
    };
    for (String[] args : usageErrors) {
      Result r = gong(args);
      assertThat(r.code()).as(r.toString()).isEqualTo(2);
      JsonNode envelope = ResultPrinter.JSON.readTree(r.out());
      assertThat(envelope.path("success").asBoolean(true)).as(r.toString()).isFalse();
      assertThat(envelope.path("error").path("type").asText()).isEqualTo("invalid_parameter");
      assertThat(r.err()).as("the message on stderr too").startsWith("gong: ");
    }
    // Another format asked for: stdout stays empty (a table or CSV has no place for an error).
    Result table = gong("get-call", "--call-id", "1", "-o", "table", "--bogus");
    assertThat(table.code()).isEqualTo(2);
    assertThat(table.out()).isEmpty();
  }

  @Test
  void parametersTheActionRejectsExit2AndNameTheOption() {
    Result badDate = gong("list-calls", "--from-date", "last tuesday");
    assertThat(badDate.code()).as(badDate.toString()).isEqualTo(2);
    assertThat(badDate.json().path("error").path("type").asText()).isEqualTo("invalid_parameter");
    assertThat(badDate.err()).contains("invalid --from-date");
    long before = sim.requestCount();
    Result reversed = gong("list-calls", "--from-date", "2025-02-01", "--to-date", "2025-01-01");
    assertThat(reversed.code()).isEqualTo(2);
    assertThat(sim.requestCount()).as("nothing is sent for invalid input").isEqualTo(before);
  }

  @Test
  void gongFailuresExit1() {
    Result notFound = gong("get-call", "--call-id", "1234567890");
    assertThat(notFound.code()).isEqualTo(1);
    assertThat(notFound.json().path("error").path("status").asInt()).isEqualTo(404);
    assertThat(notFound.err()).contains("not found");

    Map<String, String> env = env();
    env.put("GONG_ACCESS_KEY_SECRET", "wrong-secret");
    Result unauthorized = gongWith(env, "", "list-workspaces");
    assertThat(unauthorized.code()).isEqualTo(1);
    assertThat(unauthorized.out() + unauthorized.err()).doesNotContain("wrong-secret");
    assertThat(unauthorized.json().path("error").path("type").asText())
        .isIn("authentication", "permission");

    // Malformed answers to a read are transient: retried within the client's time budget (five in
    // a row used to exhaust its attempt count and exit 1).
    sim.faults().enqueue(Fault.malformedJson().onPath("/v2/workspaces").times(5));
    Result malformed = gong("list-workspaces");
    assertThat(malformed.code()).as(malformed.toString()).isZero();
    assertThat(malformed.json().path("success").asBoolean()).isTrue();
    assertThat(sim.faults().pending()).isZero();
  }

  @Test
  void aNetworkFailureExits1() {
    Map<String, String> env = env();
    env.put("GONG_BASE_URL", "http://127.0.0.1:1");
    Result refused = gongWith(env, "", "list-workspaces");
    assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.json().path("error").path("type").asText()).isEqualTo("transport");
  }

  @Test
  void halfConfiguredConnectionIsAUsageError() {
    Result result = gongWith(Map.of("GONG_ACCESS_KEY", "k"), "", "list-workspaces");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("missing the base URL");
  }

  @Test
  void runFileErrorsNameTheLineAndExit2() throws Exception {
    Path file = home.resolve("bad.txt");
    Files.writeString(file, "/your-gong-connection\naction: foo\ncall-id: 1\n");
    Result unknown = gong("run", file.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("line 2: unknown action 'foo' (known: add-new-call, ", "get-call");

    Files.writeString(file, "action: get-call\n\n# comment\ncall-id 12\n");
    Result malformed = gong("run", file.toString());
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.err()).contains("line 4: expected 'key: value', got 'call-id 12'");

    Files.writeString(file, "action: list-calls\nmax-results: lots\n");
    Result badValue = gong("run", file.toString());
    assertThat(badValue.code()).isEqualTo(2);
    assertThat(badValue.err())
        .contains("line 2: invalid 'max-results': parameter 'max-results' must be a whole number");

    Files.writeString(file, "action: list-calls\nfrom-date: someday\n");
    Result badDate = gong("run", file.toString());
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.err()).contains("line 2: invalid 'from-date'");

    Files.writeString(file, "action: get-call\ncolour: red\ncall-id: 1\n");
    Result unknownKey = gong("run", file.toString());
    assertThat(unknownKey.code()).isEqualTo(2);
    assertThat(unknownKey.err()).contains("colour");

    assertThat(gong("run", home.resolve("missing.txt").toString()).code()).isEqualTo(2);
  }

  @Test
  void severalRequestsStopAtTheFirstFailureUnlessKeepGoing() throws Exception {
    Path file = home.resolve("many.txt");
    Files.writeString(
        file,
        "action: list-workspaces\n---\naction: get-call\ncall-id: 1234567890\n\naction: list-users\n");
    Result stopped = gong("run", file.toString());
    assertThat(stopped.code()).isEqualTo(1);
    assertThat(stopped.out().trim().split("\n")).hasSize(2);
    assertThat(stopped.err()).contains("stopped at the request of line 3");
    Result all = gong("run", "--keep-going", file.toString());
    assertThat(all.code()).isEqualTo(1);
    assertThat(all.out().trim().split("\n")).hasSize(3);
    Result dry = gong("run", "--dry-run", file.toString());
    assertThat(dry.code()).isZero();
    assertThat(dry.json().get(1).path("params").path("call_id").asText()).isEqualTo("1234567890");
  }
}
