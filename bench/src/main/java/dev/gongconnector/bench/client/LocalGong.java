package dev.gongconnector.bench.client;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A local Gong in a child JVM ({@link SimServerMain}), for benchmarks that measure the client
 * alone.
 */
public final class LocalGong implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;
  private final String[] ready;
  private Map<String, Long> counts;

  private final String secret;

  private LocalGong(Process process, BufferedReader out, String[] ready, String secret) {
    this.process = process;
    this.out = out;
    this.ready = ready;
    this.secret = secret;
  }

  /** Starts the child JVM and waits until it serves. */
  public static LocalGong start(int calls, int perSecond, long latencyMs) throws IOException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-Xmx1500m",
                "-cp",
                System.getProperty("java.class.path"),
                SimServerMain.class.getName(),
                Integer.toString(calls),
                Integer.toString(perSecond),
                Long.toString(latencyMs))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    // A throw-away local credential, chosen here and handed over in the environment, never on
    // stdout.
    String secret = UUID.randomUUID().toString();
    pb.environment().put("BENCH_SIM_ACCESS_KEY", "bench-" + Long.toHexString(System.nanoTime()));
    pb.environment().put("BENCH_SIM_ACCESS_KEY_SECRET", secret);
    Process p = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    do {
      line = out.readLine();
    } while (line != null && !line.startsWith("READY "));
    if (line == null) {
      p.destroy();
      throw new IllegalStateException("the local Gong did not start");
    }
    return new LocalGong(p, out, line.split(" "), secret);
  }

  public String baseUrl() {
    return ready[1];
  }

  public String accessKey() {
    return ready[2];
  }

  public String secret() {
    return secret;
  }

  Instant earliestCallStart() {
    return Instant.parse(ready[4]);
  }

  Instant anchor() {
    return Instant.parse(ready[5]);
  }

  /** Stops the local Gong and returns the requests it received per path, and under "total". */
  Map<String, Long> stopAndCount() throws IOException, InterruptedException {
    if (counts == null) {
      counts = new LinkedHashMap<>();
      process.getOutputStream().close();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        String[] f = line.split(" ");
        if (f.length == 3 && f[0].equals("COUNT")) {
          counts.put(f[1], Long.parseLong(f[2]));
        }
      }
      process.waitFor();
    }
    return counts;
  }

  @Override
  public void close() throws Exception {
    stopAndCount();
  }
}
