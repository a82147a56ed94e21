package dev.gongconnector.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.Main;
import dev.gongconnector.simulator.GongSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ProcessExit} in a child JVM (ending the selector threads would break the other tests'
 * clients in this one): a command sends a request over HTTP to a local Gong, which leaves the JDK
 * client's selector thread running; after {@link ProcessExit#endHttpSelectors()} none is left.
 */
class ProcessExitTest {

  @TempDir Path home;

  @Test
  void noHttpSelectorThreadOutlivesTheExitHelper() throws Exception {
    try (GongSimulator sim =
        GongSimulator.builder().calls(10).rateLimitPerSecond(0).dailyLimit(0).start()) {
      ProcessBuilder pb =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Child.class.getName())
              .redirectErrorStream(true);
      pb.environment().keySet().removeIf(k -> k.startsWith("GONG_"));
      pb.environment().put("HOME", home.toString());
      pb.environment().put("GONG_BASE_URL", sim.baseUrl());
      pb.environment().put("GONG_ACCESS_KEY", sim.accessKey());
      pb.environment().put("GONG_ACCESS_KEY_SECRET", sim.accessKeySecret());
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).as(out).contains("command 0, selectors 1, ended 1, left 0");
    }
  }

  /** Runs one command in-process, then the exit helper; prints what it saw (no secrets). */
  public static final class Child {
    public static void main(String[] args) {
      StringWriter sink = new StringWriter();
      int code =
          Main.execute(
              CliContext.system(),
              new PrintWriter(sink),
              new PrintWriter(sink),
              "list-workspace-id-options");
      int before = ProcessExit.httpSelectors().size();
      int ended = ProcessExit.endHttpSelectors();
      List<Thread> left = ProcessExit.httpSelectors();
      System.out.println(
          "command "
              + code
              + ", selectors "
              + before
              + ", ended "
              + ended
              + ", left "
              + left.size());
    }
  }
}
