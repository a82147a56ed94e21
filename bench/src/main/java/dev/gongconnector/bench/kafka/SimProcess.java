package dev.gongconnector.bench.kafka;

import dev.gongconnector.simulator.GongSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A local Gong in a JVM of its own (the bench's own jar), so that its CPU is apart from the tasks'
 * in {@code top -H} and JFR and its JIT and GC are its own. The child prints one line (base URL,
 * key, secret, earliest call) and answers "count" (requests and 429s) and "reset" on its stdin; it
 * exits when its stdin closes. The secret goes over the pipe only, never to a log.
 */
final class SimProcess implements LocalGong {

  private final Process process;
  private final BufferedReader out;
  private final PrintStream in;
  private final String[] ready;

  SimProcess(int calls, long seed, int rate, long latency) {
    String java = ProcessHandle.current().info().command().orElse("java");
    String jar = System.getProperty("java.class.path");
    try {
      process =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xmx256m",
                      "-cp",
                      jar,
                      SimProcess.class.getName(),
                      Integer.toString(calls),
                      Long.toString(seed),
                      Integer.toString(rate),
                      Long.toString(latency)))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
      String line = out.readLine();
      if (line == null) throw new IOException("the local Gong's process ended before starting");
      ready = line.split(" ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) throws IOException {
    try (GongSimulator sim =
        GongSimulator.builder()
            .calls(Integer.parseInt(args[0]))
            .seed(Long.parseLong(args[1]))
            .rateLimitPerSecond(Integer.parseInt(args[2]))
            .dailyLimit(0)
            .latencyMs(Long.parseLong(args[3]))
            .start()) {
      System.out.println(
          String.join(
              " ",
              sim.baseUrl(),
              sim.accessKey(),
              sim.accessKeySecret(),
              sim.earliestCallStart().toString()));
      System.out.flush();
      BufferedReader commands =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String c = commands.readLine(); c != null; c = commands.readLine()) {
        if (c.equals("reset")) sim.resetRequestCounts();
        System.out.println(sim.requestCount() + " " + sim.rateLimitedCount());
        System.out.flush();
      }
    }
  }

  private synchronized long[] ask(String command) {
    in.println(command);
    try {
      String[] r = out.readLine().split(" ");
      return new long[] {Long.parseLong(r[0]), Long.parseLong(r[1])};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String baseUrl() {
    return ready[0];
  }

  @Override
  public String accessKey() {
    return ready[1];
  }

  @Override
  public String accessKeySecret() {
    return ready[2];
  }

  @Override
  public Instant earliestCallStart() {
    return Instant.parse(ready[3]);
  }

  @Override
  public long requestCount() {
    return ask("count")[0];
  }

  @Override
  public long rateLimitedCount() {
    return ask("count")[1];
  }

  @Override
  public void resetRequestCounts() {
    ask("reset");
  }

  @Override
  public double processCpuSeconds() {
    return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
  }

  @Override
  public void close() {
    in.close();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) process.destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
    }
  }
}
