package dev.gongconnector.cli.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.cli.CliContext;
import dev.gongconnector.simulator.GongSimulator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gong sync} then {@code gong search} against the local Gong, as a user runs them. */
class LibraryCommandsTest {

  static GongSimulator sim;
  @TempDir static Path home;
  static CliContext context;

  @BeforeAll
  static void start() {
    sim = GongSimulator.builder().calls(60).seed(3).rateLimitPerSecond(0).dailyLimit(0).start();
    context =
        CliContext.of(
            Map.of(
                "GONG_BASE_URL",
                sim.baseUrl(),
                "GONG_ACCESS_KEY",
                sim.accessKey(),
                "GONG_ACCESS_KEY_SECRET",
                sim.accessKeySecret(),
                "GONG_PROGRESS",
                "never"),
            home,
            new ByteArrayInputStream(new byte[0]));
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(out);
    }
  }

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void syncThenSearch() throws Exception {
    Path root = home.resolve("lib");
    String from = sim.earliestCallStart().toString();
    Run sync = run(new SyncCommand(context), "--from", from, "--store", root.toString());
    assertThat(sync.code()).as(sync.err()).isZero();
    JsonNode data = sync.json().get("data");
    assertThat(data.get("completed").asBoolean()).isTrue();
    assertThat(data.get("callsWritten").asInt()).isEqualTo(60);
    assertThat(data.get("requestsUsed").asInt()).isEqualTo(2);
    assertThat(sync.err()).contains("requests used 2 (minimum 2)");
    assertThat(Files.list(root).count()).isEqualTo(1);
    assertThat(Files.readString(Files.list(root).findFirst().orElseThrow().resolve("tenant.txt")))
        .doesNotContain(sim.accessKeySecret());

    Run search =
        run(
            new SearchCommand(context),
            "pricing OR security OR budget",
            "--store",
            root.toString(),
            "--limit",
            "5",
            "--affiliation",
            "external");
    assertThat(search.code()).as(search.err()).isZero();
    JsonNode result = search.json().get("data");
    assertThat(result.get("source").asText()).isEqualTo("local-library");
    assertThat(result.get("calls")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(result.get("calls").get(0).get("sentences").get(0).get("affiliation").asText())
        .isEqualTo("External");
    assertThat(result.get("calls").get(0).get("sentences").get(0).get("text").asText())
        .contains("**");

    Run bad = run(new SearchCommand(context), "\"open", "--store", root.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.json().get("error").get("parameter").asText()).isEqualTo("query");

    Run badDate =
        run(new SearchCommand(context), "x", "--from", "yesterday", "--store", root.toString());
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.err()).contains("--from");
  }

  @Test
  void searchWithoutASyncSaysWhatToDo() throws Exception {
    Run r = run(new SearchCommand(context), "pricing", "--store", home.resolve("empty").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.json().get("error").get("message").asText()).contains("run `gong sync` first");
  }
}
