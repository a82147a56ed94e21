package dev.gongconnector.bench.sim;

import dev.gongconnector.simulator.GongSimulator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests per second the simulator serves for {@code GET /v2/calls} pages on loopback, rate limit
 * off, with several concurrent keep-alive clients walking the listing page by page (following
 * cursors).
 *
 * <p>Clients are minimal raw-socket HTTP/1.1 clients so that the figure measures the server, not a
 * client library. Server and clients share the JVM and the cores.
 *
 * <pre>java -cp bench/target/gong-bench.jar dev.gongconnector.bench.sim.SimulatorThroughputBench
 *     [--calls 2000] [--clients 8] [--seconds 10] [--warmup 3]</pre>
 */
public final class SimulatorThroughputBench {

  private SimulatorThroughputBench() {}

  public static void main(String[] args) throws Exception {
    int calls = intArg(args, "--calls", 2000);
    int clients = intArg(args, "--clients", 8);
    int seconds = intArg(args, "--seconds", 10);
    int warmup = intArg(args, "--warmup", 3);
    long t0 = System.nanoTime();
    try (GongSimulator sim =
        GongSimulator.builder().calls(calls).rateLimitPerSecond(0).dailyLimit(0).start()) {
      double startupMs = (System.nanoTime() - t0) / 1e6;
      String range =
          "fromDateTime="
              + enc(sim.earliestCallStart().toString())
              + "&toDateTime="
              + enc(sim.anchor().toString());
      LongAdder requests = new LongAdder();
      LongAdder bytes = new LongAdder();
      LongAdder errors = new LongAdder();
      AtomicBoolean measuring = new AtomicBoolean(false);
      AtomicBoolean running = new AtomicBoolean(true);
      List<long[]> latencies = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        long[] lat = new long[400_000];
        latencies.add(lat);
        Thread t =
            new Thread(
                () -> clientLoop(sim, range, running, measuring, requests, bytes, errors, lat),
                "bench-client-" + i);
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
      Thread.sleep(warmup * 1000L);
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      measuring.set(true);
      long server0 = serverThreadsCpu();
      long cpu0 = os.getProcessCpuTime();
      long m0 = System.nanoTime();
      Thread.sleep(seconds * 1000L);
      measuring.set(false);
      double elapsed = (System.nanoTime() - m0) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
      double serverCpuSeconds = (serverThreadsCpu() - server0) / 1e9;
      double load = os.getSystemLoadAverage();
      running.set(false);
      for (Thread t : threads) {
        t.join(5000);
      }
      long n = requests.sum();
      long[] all = merge(latencies);
      Arrays.sort(all);
      System.out.println(
          "Simulator throughput: GET /v2/calls pages (100 calls each), rate limit off, loopback");
      System.out.printf(
          Locale.ROOT, "%-22s %s%n", "cores", Runtime.getRuntime().availableProcessors());
      System.out.printf(
          Locale.ROOT, "%-22s %d (startup %.0f ms)%n", "generated calls", calls, startupMs);
      System.out.printf(Locale.ROOT, "%-22s %d keep-alive%n", "clients", clients);
      System.out.printf(
          Locale.ROOT, "%-22s %.1f s (after %d s warm-up)%n", "measured", elapsed, warmup);
      System.out.printf(Locale.ROOT, "%-22s %d%n", "requests", n);
      System.out.printf(Locale.ROOT, "%-22s %.0f%n", "requests/s", n / elapsed);
      System.out.printf(Locale.ROOT, "%-22s %.1f%n", "MB/s", bytes.sum() / elapsed / 1e6);
      System.out.printf(
          Locale.ROOT,
          "%-22s %.2f / %.2f / %.2f ms%n",
          "latency p50/p99/max",
          pct(all, 0.50),
          pct(all, 0.99),
          all.length == 0 ? 0 : all[all.length - 1] / 1e6);
      System.out.printf(Locale.ROOT, "%-22s %d%n", "errors", errors.sum());
      // The machine may be shared: CPU per request (server + clients) gives the capacity of idle
      // cores.
      double cpuMsPerRequest = n == 0 ? 0 : cpuSeconds * 1000 / n;
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.printf(
          Locale.ROOT,
          "%-22s %.3f ms (server and clients together)%n",
          "CPU per request",
          cpuMsPerRequest);
      System.out.printf(
          Locale.ROOT,
          "%-22s %.0f req/s on %d idle cores (system load average was %.1f)%n",
          "projected",
          cpuMsPerRequest == 0 ? 0 : cores * 1000 / cpuMsPerRequest,
          cores,
          load);
      double serverMs = n == 0 ? 0 : serverCpuSeconds * 1000 / n;
      System.out.printf(
          Locale.ROOT,
          "%-22s %.3f ms -> %.0f req/s on %d idle cores (server threads only)%n",
          "server CPU/request",
          serverMs,
          serverMs == 0 ? 0 : cores * 1000 / serverMs,
          cores);
    }
  }

  /** CPU time of the simulator's threads: its worker pool and the JDK server's dispatcher. */
  private static long serverThreadsCpu() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null
          && (t.getThreadName().startsWith("gong-sim-")
              || t.getThreadName().startsWith("HTTP-Dispatcher"))) {
        long c = mx.getThreadCpuTime(t.getThreadId());
        if (c > 0) {
          sum += c;
        }
      }
    }
    return sum;
  }

  private static void clientLoop(
      GongSimulator sim,
      String range,
      AtomicBoolean running,
      AtomicBoolean measuring,
      LongAdder requests,
      LongAdder bytes,
      LongAdder errors,
      long[] lat) {
    int k = 0;
    while (running.get()) {
      try (SimHttp http = new SimHttp(sim.port(), sim.accessKey(), sim.accessKeySecret())) {
        String cursor = null;
        while (running.get()) {
          String path = "/v2/calls?" + range + (cursor == null ? "" : "&cursor=" + enc(cursor));
          long r0 = System.nanoTime();
          SimHttp.Answer answer = http.get(path);
          long took = System.nanoTime() - r0;
          if (answer.status() != 200) {
            errors.increment();
            break;
          }
          byte[] body = answer.body();
          if (measuring.get()) {
            requests.increment();
            bytes.add(body.length);
            if (k < lat.length) {
              lat[k++] = took;
            }
          }
          cursor = cursorOf(body);
        }
      } catch (IOException e) {
        if (running.get()) {
          errors.increment();
        }
      }
    }
    if (k < lat.length) {
      lat[k] = -1;
    }
  }

  private static String cursorOf(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 600), StandardCharsets.US_ASCII);
    int i = head.indexOf("\"cursor\":\"");
    if (i < 0) {
      return null;
    }
    int start = i + 10;
    return head.substring(start, head.indexOf('"', start));
  }

  private static long[] merge(List<long[]> parts) {
    int n = 0;
    for (long[] p : parts) {
      int k = 0;
      while (k < p.length && p[k] > 0) {
        k++;
      }
      n += k;
    }
    long[] all = new long[n];
    int o = 0;
    for (long[] p : parts) {
      for (int k = 0; k < p.length && p[k] > 0; k++) {
        all[o++] = p[k];
      }
    }
    return all;
  }

  private static double pct(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static int intArg(String[] args, String name, int dflt) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return dflt;
  }
}
