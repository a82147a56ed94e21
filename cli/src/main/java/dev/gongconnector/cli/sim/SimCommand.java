package dev.gongconnector.cli.sim;

import dev.gongconnector.simulator.GongSimulator;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gong sim}: runs the local Gong simulator on 127.0.0.1 until stopped (Ctrl-C / SIGTERM),
 * printing its base URL and the local test credentials it accepts, plus ready-to-paste {@code
 * export} lines.
 */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = {
      "Run a local Gong (the simulator) on 127.0.0.1 until stopped.",
      "Prints the base URL and the access key and secret it accepts (local test credentials)."
    })
public final class SimCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 0;

  @Option(names = "--calls", description = "Generated calls (default: ${DEFAULT-VALUE}).")
  int calls = 2000;

  @Option(
      names = "--seed",
      description = "Seed of the generated company (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(
      names = "--rate-limit",
      description = "Requests per second, 0 = off (default: ${DEFAULT-VALUE}, Gong's).")
  int rateLimit = 3;

  @Option(
      names = "--daily-limit",
      description = "Requests per UTC day, 0 = off (default: ${DEFAULT-VALUE}, Gong's).")
  long dailyLimit = 10_000;

  @Option(
      names = "--latency-ms",
      description = "Delay added to every answer (default: ${DEFAULT-VALUE}).")
  long latencyMs = 0;

  @Option(
      names = "--fault-rate",
      description =
          "Share 0..1 of requests answered with a 500 or a dropped connection (default: ${DEFAULT-VALUE}).")
  double faultRate = 0;

  @Option(names = "--access-key", description = "Access key to accept (generated when absent).")
  String accessKey;

  @Option(
      names = "--access-key-secret",
      description = "Access key secret to accept (generated when absent).")
  String accessKeySecret;

  @Option(names = "--bearer-token", description = "Also accept 'Authorization: Bearer <token>'.")
  String bearerToken;

  @Option(
      names = "--anchor-date",
      description =
          "Generated calls lie in the half year before this date, yyyy-MM-dd (default: today, UTC).")
  LocalDate anchorDate;

  @Option(
      names = "--users",
      description = "Number of users (default: 40 + calls/100, at most 400).")
  int users = 0;

  @Option(
      names = "--media-dir",
      description = "Keep uploaded media files here (default: discard them).")
  java.nio.file.Path mediaDir;

  @Option(
      names = "--max-media-bytes",
      description = "Largest media upload in bytes (default: 1.5 GiB, Gong's).")
  long maxMediaBytes = 1_610_612_736L;

  /** Counted down to stop serving; the shutdown hook and tests use it. */
  final CountDownLatch stop = new CountDownLatch(1);

  /** The running simulator (for tests), or null. */
  volatile GongSimulator running;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GongSimulator.Builder b;
    try {
      b =
          GongSimulator.builder()
              .port(port)
              .calls(calls)
              .seed(seed)
              .rateLimitPerSecond(rateLimit)
              .dailyLimit(dailyLimit)
              .latencyMs(latencyMs)
              .faultRate(faultRate)
              .users(users)
              .maxMediaBytes(maxMediaBytes);
      if (mediaDir != null) {
        b.mediaDir(mediaDir);
      }
      if (accessKey != null) {
        b.accessKey(accessKey);
      }
      if (accessKeySecret != null) {
        b.accessKeySecret(accessKeySecret);
      }
      if (bearerToken != null) {
        b.bearerToken(bearerToken);
      }
      if (anchorDate != null) {
        b.anchorDate(anchorDate);
      }
    } catch (IllegalArgumentException e) {
      err.println("gong sim: " + e.getMessage());
      err.flush();
      return 2;
    }
    GongSimulator sim;
    try {
      sim = b.start();
    } catch (RuntimeException e) {
      // The cause says why ("Address already in use"); the simulator's own message only names the
      // port.
      Throwable cause = e.getCause();
      err.println(
          "gong sim: cannot start: "
              + e.getMessage()
              + (cause != null && cause.getMessage() != null
                  ? " (" + cause.getMessage() + ")"
                  : ""));
      err.flush();
      return 1;
    }
    running = sim;
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              sim.close();
            },
            "gong-sim-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      out.printf(
          "Local Gong simulator running: %d calls (seed %d), rate limit %s, daily limit %s%n",
          sim.generatedCalls(),
          seed,
          rateLimit == 0 ? "off" : rateLimit + "/s",
          dailyLimit == 0 ? "off" : Long.toString(dailyLimit));
      if (latencyMs > 0 || faultRate > 0) {
        // Say so: a user testing retries must see that the failures they get are the ones they
        // asked for.
        out.printf(
            "  injected:          latency %d ms, fault rate %s (500s and dropped connections)%n",
            latencyMs, faultRate);
      }
      out.printf("  base URL:          %s%n", sim.baseUrl());
      // Printing the secret is intended here: it is this local simulator's own test credential.
      out.printf("  access key:        %s%n", sim.accessKey());
      out.printf("  access key secret: %s%n", sim.accessKeySecret());
      if (bearerToken != null) {
        out.printf("  bearer token:      accepted (as given)%n");
      }
      out.printf("Paste into your shell to point gong and the client at it:%n");
      out.printf("  export GONG_BASE_URL=%s%n", sim.baseUrl());
      out.printf("  export GONG_ACCESS_KEY=%s%n", sim.accessKey());
      out.printf("  export GONG_ACCESS_KEY_SECRET=%s%n", sim.accessKeySecret());
      out.printf("Serving until stopped (Ctrl-C).%n");
      out.flush();
      stop.await();
      return 0;
    } finally {
      sim.close();
      running = null;
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting; the hook is running or ran
      }
    }
  }
}
