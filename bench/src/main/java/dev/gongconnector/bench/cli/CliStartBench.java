package dev.gongconnector.bench.cli;

import dev.gongconnector.bench.client.LocalGong;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;

/**
 * Start-up of {@code bin/gong} as a user meets it, beside a JVM that prints "hi" on the same
 * machine: {@code gong --version}, a command that sends one request to a local Gong (a child JVM),
 * and the time until {@code gong mcp} answers {@code initialize}. Medians of N runs (default 7)
 * after one warm-up run (which also builds the jar and the start-up archive when they are missing).
 * The ratio to the hello-world JVM is what holds on another machine or under load.
 *
 * <p>Usage: {@code bin/bench cli-start [RUNS]}; {@code bin/bench} passes the repository root.
 */
public final class CliStartBench {

  private static final double NO_GOAL = 0;

  private CliStartBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path root = Path.of(System.getProperty("gong.root", ".")).toAbsolutePath().normalize();
    String gong = root.resolve("bin/gong").toString();
    if (!Files.isExecutable(Path.of(gong))) throw new IllegalStateException("no " + gong);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> hello = List.of(java, "-cp", helloClassDir().toString(), "Hello");

    System.out.printf(
        "cli-start: medians of %d runs, load average %.2f on %d cores%n",
        runs,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    Map<String, String> none = Map.of();
    double hi = median(runs, () -> timeRun(hello, none));
    row("hello-world JVM (java Hello)", hi, hi, NO_GOAL);
    double version = median(runs, () -> timeRun(List.of(gong, "--version"), none));
    row("gong --version", version, hi, 0.25);
    Map<String, String> noCds = Map.of("GONG_CDS", "off");
    double versionNoCds = median(runs, () -> timeRun(List.of(gong, "--version"), noCds));
    row("gong --version, no archive (GONG_CDS=off)", versionNoCds, hi, NO_GOAL);
    try (LocalGong local = LocalGong.start(100, 0, 0)) {
      Map<String, String> env = new HashMap<>();
      env.put("GONG_BASE_URL", local.baseUrl());
      env.put("GONG_ACCESS_KEY", local.accessKey());
      env.put("GONG_ACCESS_KEY_SECRET", local.secret());
      List<String> one = List.of(gong, "list-workspace-id-options");
      double request = median(runs, () -> timeRun(one, env));
      row("gong list-workspace-id-options (1 request)", request, hi, 0.45);
      double mcp = median(runs, () -> mcpInitialize(gong, env));
      row("gong mcp: initialize answered", mcp, hi, 0.6);
    }
    // Other work on the machine slows these start-ups more than hello: the load at both ends.
    System.out.printf(
        "  load average at the end %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void row(String what, double seconds, double hello, double goal) {
    System.out.printf(
        "  %-44s %6.3f s  %5.1fx hello%s%n",
        what, seconds, seconds / hello, goal > 0 ? String.format("  (goal <= %.2f s)", goal) : "");
  }

  private interface Timed {
    double seconds() throws Exception;
  }

  private static double median(int runs, Timed timed) throws Exception {
    timed.seconds(); // warm-up: file cache, and the jar or archive built when missing
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) t[i] = timed.seconds();
    Arrays.sort(t);
    return runs % 2 == 1 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2;
  }

  /** Wall time from start to exit; fails when the command fails. */
  private static double timeRun(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    long start = System.nanoTime();
    Process p = pb.start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(
          command + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Time from start until the answer to {@code initialize} is read from stdout. */
  private static double mcpInitialize(String gong, Map<String, String> env) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(gong, "mcp").redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    long start = System.nanoTime();
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream();
        BufferedReader out =
            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      in.write(
          ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                  + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}\n")
              .getBytes(StandardCharsets.UTF_8));
      in.flush();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.contains("\"id\":1") && line.contains("\"result\"")) {
          double seconds = (System.nanoTime() - start) / 1e9;
          in.close(); // stdin ends: the server stops
          p.waitFor(30, TimeUnit.SECONDS);
          return seconds;
        }
      }
      throw new IllegalStateException("gong mcp ended without answering initialize");
    } finally {
      p.destroy();
    }
  }

  /** A class that prints "hi", compiled into a temporary directory. */
  private static Path helloClassDir() throws IOException {
    Path dir = Files.createTempDirectory("cli-start-hello");
    dir.toFile().deleteOnExit();
    Path source = dir.resolve("Hello.java");
    Files.writeString(
        source,
        "public class Hello { public static void main(String[] a) { System.out.println(\"hi\"); } }");
    var javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) throw new IllegalStateException("a JDK (javac) is needed for the hello JVM");
    if (javac.run(null, null, null, source.toString()) != 0)
      throw new IllegalStateException("javac");
    dir.resolve("Hello.class").toFile().deleteOnExit();
    source.toFile().deleteOnExit();
    return dir;
  }
}
