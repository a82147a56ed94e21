package dev.gongconnector.bench.sim;

import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.transcripts.TranscriptRequest;
import dev.gongconnector.kafka.streams.CallsUnit;
import dev.gongconnector.simulator.GongSimulator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's CPU per record for what the Kafka connector asks: each workspace walked with
 * {@code POST /v2/calls/extensive} pages (100 calls, cursor, the connector's content selector),
 * each page followed by {@code POST /v2/calls/transcript} for its 100 call ids. A record is one
 * call's extensive data or one transcript (the connector's two topics), so a call is two records.
 *
 * <p>Rate limit off, one keep-alive raw-socket client. Counts the CPU time of the simulator's
 * threads only (ThreadMXBean), so other load on the machine does not change the figure much. Every
 * round starts a fresh simulator (a new seed) so that each call is served cold, once per endpoint,
 * as in the connector's sync; a first round on another simulator warms up the JIT.
 *
 * <pre>java -cp bench/target/gong-bench.jar dev.gongconnector.bench.sim.SimulatorCpuBench
 *     [--calls 10000] [--rounds 3] [--selector connector|all]</pre>
 */
public final class SimulatorCpuBench {

  /** What the Kafka connector's calls stream selects. */
  static final ContentSelector CONNECTOR = CallsUnit.SELECTOR;

  private static final Pattern WORKSPACE_ID = Pattern.compile("\"id\":\"(\\d+)\"");
  private static final Pattern CALL_ID = Pattern.compile("\"metaData\":\\{\"id\":\"(\\d+)\"");
  private static final Pattern CURSOR = Pattern.compile("\"cursor\":\"([^\"]+)\"");

  private SimulatorCpuBench() {}

  public static void main(String[] args) throws Exception {
    int calls = intArg(args, "--calls", 10_000);
    int rounds = intArg(args, "--rounds", 3);
    ContentSelector selector =
        "all".equals(stringArg(args, "--selector", "connector"))
            ? ContentSelector.all()
            : CONNECTOR;
    System.out.printf(
        Locale.ROOT,
        "Simulator CPU per record: extensive pages + transcripts of their ids, %d calls,"
            + " selector %s%n",
        calls,
        selector == CONNECTOR ? "connector" : "all");
    Walk warm = walk(calls, 1, selector);
    System.out.printf(Locale.ROOT, "warm-up     %s%n", warm);
    double[] perRecord = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      Walk w = walk(calls, 42 + r, selector);
      perRecord[r] = w.serverMsPerRecord();
      System.out.printf(Locale.ROOT, "round %d     %s%n", r + 1, w);
    }
    Arrays.sort(perRecord);
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    System.out.printf(
        Locale.ROOT,
        "median      %.3f ms server CPU per record (%.3f per call) over %d rounds;"
            + " load average %.2f, %d cores%n",
        perRecord[rounds / 2],
        perRecord[rounds / 2] * 2,
        rounds,
        load,
        Runtime.getRuntime().availableProcessors());
  }

  /** One walk's figures. */
  record Walk(long records, long bytes, double serverCpuMs, double processCpuMs, double wallMs) {
    double serverMsPerRecord() {
      return serverCpuMs / records;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d records, %.1f MB, server CPU %.0f ms = %.3f ms/record, process CPU %.3f ms/record,"
              + " wall %.0f ms",
          records,
          bytes / 1e6,
          serverCpuMs,
          serverMsPerRecord(),
          processCpuMs / records,
          wallMs);
    }
  }

  /** Walks every workspace of a fresh simulator; CPU of the simulator's threads during the walk. */
  static Walk walk(int calls, long seed, ContentSelector selector) throws Exception {
    try (GongSimulator sim =
            GongSimulator.builder()
                .calls(calls)
                .seed(seed)
                .rateLimitPerSecond(0)
                .dailyLimit(0)
                .start();
        SimHttp http = new SimHttp(sim.port(), sim.accessKey(), sim.accessKeySecret())) {
      List<String> workspaces = new ArrayList<>();
      Matcher wm = WORKSPACE_ID.matcher(http.get("/v2/workspaces").text());
      while (wm.find()) {
        workspaces.add(wm.group(1));
      }
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      Map<Long, Long> server0 = serverThreadsCpu();
      long process0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      long records = 0;
      long bytes = 0;
      for (String ws : workspaces) {
        String cursor = null;
        do {
          ExtensiveRequest request =
              ExtensiveRequest.builder()
                  .fromDateTime(sim.earliestCallStart())
                  .toDateTime(sim.anchor())
                  .workspaceId(ws)
                  .contentSelector(selector)
                  .build();
          SimHttp.Answer page = http.post("/v2/calls/extensive", Bodies.extensive(request, cursor));
          if (page.status() == 404) {
            break; // a workspace without calls
          }
          check(page);
          String text = page.text();
          List<String> ids = new ArrayList<>();
          Matcher cm = CALL_ID.matcher(text);
          while (cm.find()) {
            ids.add(cm.group(1));
          }
          SimHttp.Answer transcripts =
              http.post(
                  "/v2/calls/transcript",
                  Bodies.transcript(TranscriptRequest.forCallIds(ids), null));
          check(transcripts);
          records += 2L * ids.size();
          bytes += page.body().length + transcripts.body().length;
          int head = text.indexOf("\"calls\"");
          Matcher c = CURSOR.matcher(text.substring(0, head < 0 ? text.length() : head));
          cursor = c.find() ? c.group(1) : null;
        } while (cursor != null);
      }
      double wallMs = (System.nanoTime() - wall0) / 1e6;
      double processMs = (os.getProcessCpuTime() - process0) / 1e6;
      double serverMs = cpuSince(server0) / 1e6;
      return new Walk(records, bytes, serverMs, processMs, wallMs);
    }
  }

  private static void check(SimHttp.Answer a) {
    if (a.status() != 200) {
      throw new IllegalStateException(
          "HTTP " + a.status() + ": " + new String(a.body(), StandardCharsets.UTF_8));
    }
  }

  /** CPU time per live thread of the simulator: its worker pool and the JDK server's dispatcher. */
  static Map<Long, Long> serverThreadsCpu() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Long, Long> out = new HashMap<>();
    for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null
          && (t.getThreadName().startsWith("gong-sim-")
              || t.getThreadName().startsWith("HTTP-Dispatcher"))) {
        long c = mx.getThreadCpuTime(t.getThreadId());
        if (c > 0) {
          out.put(t.getThreadId(), c);
        }
      }
    }
    return out;
  }

  /** CPU the simulator's threads used since {@code before} (threads started since count whole). */
  static long cpuSince(Map<Long, Long> before) {
    long sum = 0;
    for (Map.Entry<Long, Long> e : serverThreadsCpu().entrySet()) {
      sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    return sum;
  }

  private static int intArg(String[] args, String name, int dflt) {
    return Integer.parseInt(stringArg(args, name, Integer.toString(dflt)));
  }

  private static String stringArg(String[] args, String name, String dflt) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return dflt;
  }
}
