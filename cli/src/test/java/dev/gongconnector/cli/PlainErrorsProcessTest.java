package dev.gongconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors exit 2 with a plain message, not 1 with "unexpected error" and a Java name; the
 * command line runs as a process with a controlled environment.
 */
class PlainErrorsProcessTest {

  @TempDir Path home;

  record Result(int code, String err) {}

  private Result gong(Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.gongconnector.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("GONG_") || k.startsWith("XDG_"));
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
    pb.environment().putAll(env);
    Path err = Files.createTempFile(home, "err", ".txt");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void assertPlainUsageError(Result r) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .doesNotContain("unexpected error")
        .doesNotContainPattern("[A-Z][a-z]+(Exception|Error)\\b");
  }

  @Test
  void aNegativeLookbackIsAUsageError() throws Exception {
    assertPlainUsageError(gong(Map.of(), "sync", "--sim", "--lookback", "P-2D"));
  }

  @Test
  void aNegativeEmbeddedCallCountIsAUsageError() throws Exception {
    Result r = gong(Map.of("GONG_SIM_CALLS", "-1"), "list-workspace-id-options");
    assertPlainUsageError(r);
    assertThat(r.err()).contains("GONG_SIM_CALLS");
  }

  @Test
  void aBadDateIsAUsageErrorInWords() {
    Plain p =
        Plain.of(
            new RuntimeException(
                new java.time.format.DateTimeParseException("bad", "2025-13-45", 5)));
    assertThat(p.usage()).isTrue();
    assertThat(p.message())
        .contains("'2025-13-45' is not a valid date")
        .doesNotContain("Exception");
  }

  @Test
  void fileProblemsAndNonUtf8InputAreSaidInWords() {
    assertThat(Plain.of(new java.nio.file.FileAlreadyExistsException("/tmp/x.json")).message())
        .isEqualTo("/tmp/x.json already exists (remove it or choose another name)");
    assertThat(
            Plain.of(new java.nio.file.FileSystemException("/tmp/y", null, "Read-only file system"))
                .message())
        .isEqualTo("cannot use /tmp/y: Read-only file system");
    Plain utf8 =
        Plain.of(new java.io.UncheckedIOException(new java.nio.charset.MalformedInputException(1)));
    assertThat(utf8.message()).contains("not UTF-8").doesNotContain("Input length");
    assertThat(utf8.usage()).isTrue();
  }

  @Test
  void onlyExceptionsAboutTheInputAreUsageErrors() {
    record Case(RuntimeException thrown, int code, String says) {}
    List<Case> cases =
        List.of(
            new Case(new CliUsageException("GONG_CONFIG names a directory"), 2, "GONG_CONFIG"),
            new Case(
                new dev.gongconnector.actions.params.InvalidParameterException(
                    "lookback_days", "parameter 'lookback' must be at most 60"),
                2,
                "at most 60"),
            new Case(
                new java.time.format.DateTimeParseException("bad", "P-x", 0), 2, "'P-x' is not"),
            // A bare IllegalArgumentException is a bug of ours, not the user's mistake.
            new Case(new IllegalArgumentException("index -1 out of range"), 1, "unexpected error"),
            new Case(new IllegalStateException("closed"), 1, "unexpected error"));
    for (Case c : cases) {
      java.io.StringWriter err = new java.io.StringWriter();
      picocli.CommandLine cmd =
          new picocli.CommandLine(picocli.CommandLine.Model.CommandSpec.create());
      cmd.setErr(new java.io.PrintWriter(err, true));
      int code =
          new Errors.ExecutionHandler(
                  CliContext.of(Map.of(), home, new java.io.ByteArrayInputStream(new byte[0])))
              .handleExecutionException(c.thrown(), cmd, null);
      assertThat(code).as(c.thrown().toString()).isEqualTo(c.code());
      assertThat(err.toString()).contains(c.says());
    }
  }

  @Test
  void theLibrarysOwnWordsBeatItsCause() {
    // A full disk during sync: the library names the store and what to run; the generic words
    // for its IOException cause would lose that.
    assertThat(
            Plain.of(
                new dev.gongconnector.library.LibraryException(
                    "the disk holding the library at /data/x is full: free some space and run"
                        + " `gong sync` again",
                    new java.io.IOException("No space left on device"))))
        .isNull();
    assertThat(Plain.of(new java.io.IOException("No space left on device")).message())
        .contains("disk is full");
  }
}
