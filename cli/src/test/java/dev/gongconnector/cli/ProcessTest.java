package dev.gongconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command line as a separate process: {@code java -cp <test classpath>
 * dev.gongconnector.cli.Main}, and the shaded jar through {@code bin/gong} when it has been built
 * ({@code mvn package}).
 */
class ProcessTest extends CliTestSupport {

  Result run(List<String> command, Map<String, String> extraEnv, String stdin) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("GONG_"));
    pb.environment().put("HOME", home.toString());
    pb.environment().remove("XDG_CONFIG_HOME");
    pb.environment().putAll(extraEnv);
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    Path in = home.resolve("in.txt");
    Files.writeString(in, stdin);
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(in.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  List<String> java(String... args) {
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
    return command;
  }

  @Test
  void runsAsAProcessWithExitCodesAndCleanStdout() throws Exception {
    Result ok = run(java("get-call", "--call-id", "1234567890"), env(), "");
    assertThat(ok.code()).as(ok.toString()).isEqualTo(1);
    assertThat(ok.json().path("error").path("status").asInt()).isEqualTo(404);

    Result usage = run(java("list-calls", "--max-results"), env(), "");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.json().path("error").path("type").asText()).isEqualTo("invalid_parameter");

    Result fromStdin = run(java("run", "-", "-o", "jsonl"), env(), "action: list-workspaces\n");
    assertThat(fromStdin.code()).as(fromStdin.toString()).isZero();
    int workspaces = gong("list-workspaces").json().path("data").path("workspaces").size();
    assertThat(fromStdin.out().trim().split("\n")).hasSize(workspaces);
    assertThat(fromStdin.err()).isEmpty();
  }

  @Test
  void progressOnAPseudoTerminalStderrWithStdoutInAFile() throws Exception {
    // script(1) gives the command a pseudo-terminal; the shell sends stdout to a file.
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "util-linux script");
    Path csv = home.resolve("transcripts.csv");
    StringBuilder command = new StringBuilder();
    for (String arg :
        java(
            "retrieve-transcripts-of-calls",
            "--from-date",
            sim.earliestCallStart().toString(),
            "--max-calls",
            "3",
            "-o",
            "csv")) {
      command.append('\'').append(arg.replace("'", "'\\''")).append("' ");
    }
    command.append("> '").append(csv).append("'");
    Result terminal =
        run(List.of(script.toString(), "-qec", command.toString(), "/dev/null"), env(), "");
    assertThat(terminal.code()).as(terminal.toString()).isZero();
    assertThat(terminal.out()).contains("reading transcripts: 3/3");
    String file = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(file).startsWith("callId,").doesNotContain("reading transcripts");
  }

  @Test
  void theLauncherWhenTheJarIsBuilt() throws Exception {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    Path launcher = root.resolve("bin/gong");
    Path jar = root.resolve("cli/target/gong.jar");
    assumeTrue(
        Files.isExecutable(launcher) && Files.isRegularFile(jar),
        "bin/gong and cli/target/gong.jar");
    // Only when the jar is newer than every source: otherwise the launcher would start a Maven
    // build.
    assumeTrue(
        Files.getLastModifiedTime(jar).toMillis() > newestSource(root), "the jar is up to date");
    Result help =
        run(
            List.of(launcher.toString(), "--help"),
            // GONG_CDS=off: the archive's training run would not fit this test's time limit under
            // load (bin/bench cli-start exercises the archive).
            Map.of("GONG_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", "GONG_CDS", "off"),
            "");
    assertThat(help.code()).as(help.toString()).isZero();
    assertThat(help.out()).contains("Usage: gong", "demo");
  }

  static long newestSource(Path root) throws Exception {
    long newest = 0;
    try (var modules = Files.list(root)) {
      for (Path module : (Iterable<Path>) modules::iterator) {
        Path main = module.resolve("src").resolve("main");
        if (!Files.isDirectory(main)) continue;
        try (var files = Files.walk(main)) {
          for (Path p : (Iterable<Path>) files::iterator)
            newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
        }
      }
    }
    return newest;
  }
}
