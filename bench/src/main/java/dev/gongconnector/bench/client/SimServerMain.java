package dev.gongconnector.bench.client;

import dev.gongconnector.simulator.GongSimulator;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Runs a local Gong in its own JVM for the client benchmarks, so the client's heap is measured
 * alone.
 *
 * <p>Usage: {@code java -cp gong-bench.jar dev.gongconnector.bench.client.SimServerMain <calls>
 * <perSecond> <latencyMs>}, with the credential to accept in the environment ({@code
 * BENCH_SIM_ACCESS_KEY}, {@code BENCH_SIM_ACCESS_KEY_SECRET}: the parent chose it, so no secret
 * crosses stdout). Prints one line {@code READY <baseUrl> <accessKey> - <earliestCallStart>
 * <anchor>} and serves until its standard input closes; then prints {@code COUNT <path> <requests>}
 * per path and {@code COUNT total <requests>} (every request received, 429s included).
 */
public final class SimServerMain {

  private SimServerMain() {}

  public static void main(String[] args) throws IOException {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    long latency = args.length > 2 ? Long.parseLong(args[2]) : 0;
    try (GongSimulator sim =
        GongSimulator.builder()
            .calls(calls)
            .seed(42)
            .anchorDate(LocalDate.of(2026, 11, 1))
            .accessKey(System.getenv("BENCH_SIM_ACCESS_KEY"))
            .accessKeySecret(System.getenv("BENCH_SIM_ACCESS_KEY_SECRET"))
            .rateLimitPerSecond(perSecond)
            .dailyLimit(0)
            .latencyMs(latency)
            .start()) {
      System.out.println(
          "READY "
              + sim.baseUrl()
              + " "
              + sim.accessKey()
              + " - "
              + sim.earliestCallStart()
              + " "
              + sim.anchor());
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until the parent closes our stdin (or dies)
      }
      sim.requestCounts().forEach((path, n) -> System.out.println("COUNT " + path + " " + n));
      System.out.println("COUNT total " + sim.requestCount());
      System.out.flush();
    }
  }
}
