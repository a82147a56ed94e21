package dev.gongconnector.bench.kafka;

import dev.gongconnector.kafka.GongSourceTask;
import dev.gongconnector.kafka.config.GongSourceConfig;
import dev.gongconnector.simulator.GongSimulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Records per second of the Gong source task against its quota ceiling: one company (3 requests/s x
 * 100 records per request = 300 records/s, calls and transcripts counted), then four companies at
 * once, one connector each, their tasks split over two thread pools standing for two workers. Each
 * company is a local Gong enforcing 3 requests/s with a fixed latency. The tasks run without a
 * broker: the records are counted as {@code poll()} returns them (Kafka itself is exercised by the
 * module's integration tests). The JVM is warmed up first (see {@link #warmUp}); the one-company
 * run prints its accounting ({@link Accounting}: requests per path and stream, records per request,
 * slots offered, used and idle, start-up, 429s, from the local Gong's own counters), every run the
 * CPU of its thread groups ({@link CpuGroups}).
 *
 * <p>Usage: {@code ConnectBench [CALLS_PER_COMPANY=3000] [LATENCY_MS=50] [MARGIN_MS=30, the
 * connector's default] [RATE=3] [COMPANIES=1,4] [WARM_UP=true] [READ_AT_ONCE=3]} (READ_AT_ONCE: the
 * tasks' {@code read.workspaces.at.once}); "4p" in COMPANIES runs four companies with each local
 * Gong in a JVM of its own; a higher RATE (the local Gong's limit and the connector's) shows what
 * the task can do when Gong's quota is not the bottleneck, e.g. the CPU on a loaded machine. "JVM
 * CPU s" (tasks and local Gongs together) near seconds x cores means the run was bound by the CPU,
 * not by Gong's quota.
 */
public final class ConnectBench {

  private static int rate = 3;

  /** read.workspaces.at.once of the measured runs (the warm-up uses the default). */
  private static String atOnce = null;

  /** CPU time of the polling threads (HTTP, JSON, records), without the local Gongs in this JVM. */
  private static final java.util.concurrent.atomic.AtomicLong TASK_CPU_NANOS =
      new java.util.concurrent.atomic.AtomicLong();

  private ConnectBench() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    long latency = args.length > 1 ? Long.parseLong(args[1]) : 50;
    long margin = args.length > 2 ? Long.parseLong(args[2]) : GongSourceConfig.DEFAULT_MARGIN_MS;
    rate = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    String measuredAtOnce = args.length > 6 ? args[6] : null;
    System.out.printf(
        "Gong source task, %d calls per company, local Gong at %d req/s, %d ms latency, "
            + "margin %d ms%n",
        calls, rate, latency, margin);
    System.out.printf(
        "%-10s %8s %9s %9s %10s %9s %9s %9s %6s %12s %10s%n",
        "companies",
        "records",
        "seconds",
        "records/s",
        "of ceiling",
        "requests",
        "req/s",
        "slot use",
        "429s",
        "task CPU s",
        "JVM CPU s");
    // "4p": four companies, each local Gong in a process of its own.
    String which = args.length > 4 ? args[4] : "1,4";
    if (args.length <= 5 || Boolean.parseBoolean(args[5])) warmUp(latency);
    atOnce = measuredAtOnce;
    System.out.printf(
        "read.workspaces.at.once = %s%n",
        atOnce == null
            ? dev.gongconnector.kafka.prefetch.Prefetcher.DEFAULT_AT_ONCE + " (default)"
            : atOnce);
    for (String companies : which.split(",")) {
      boolean processes = companies.endsWith("p");
      int n =
          Integer.parseInt(processes ? companies.substring(0, companies.length() - 1) : companies);
      run(n, calls, latency, margin, true, processes);
    }
  }

  /**
   * A first run, not reported, on a local Gong of its own without a rate limit (the task at 30/s):
   * the JIT compiles the local Gong's, the client's and the task's code, as it has in a worker that
   * has run for a while. Without it the one-company run pays the JVM's warm-up (seconds of JIT on 2
   * cores) and the four-company run, after it, does not: their ratio would flatter four.
   */
  private static void warmUp(long latency) throws Exception {
    int measured = rate;
    rate = 30;
    long start = System.nanoTime();
    run(1, 3000, latency, 0, false, false);
    System.out.printf(
        "(JVM warmed up first: 3,000 calls at 30/s, not counted, %.1f s)%n",
        (System.nanoTime() - start) / 1e9);
    rate = measured;
  }

  /**
   * One run; {@code processes}: each local Gong in a JVM of its own ({@link SimProcess}), to tell
   * their CPU from the tasks'.
   */
  private static void run(
      int companies, int calls, long latency, long margin, boolean report, boolean processes)
      throws Exception {
    List<LocalGong> sims = new ArrayList<>();
    List<Arrivals> stamps = new ArrayList<>(); // in-JVM local Gongs' arrival stamps
    GongSimulator inJvm = null; // the first company's local Gong when in this JVM: per-path counts
    for (int i = 0; i < companies; i++) {
      if (processes) {
        sims.add(new SimProcess(calls, 100 + i, rate, latency));
        continue;
      }
      Arrivals arrivals = new Arrivals();
      stamps.add(arrivals);
      GongSimulator sim =
          GongSimulator.builder()
              .onArrival(arrivals)
              .calls(calls)
              .seed(100 + i)
              .rateLimitPerSecond(rate)
              .dailyLimit(0)
              .latencyMs(latency)
              .start();
      if (i == 0) inJvm = sim;
      sims.add(LocalGong.inThisJvm(sim));
    }
    ExecutorService workerA = Executors.newFixedThreadPool(2);
    ExecutorService workerB = Executors.newFixedThreadPool(2);
    try {
      List<Map<String, String>> props = new ArrayList<>();
      for (int i = 0; i < companies; i++) props.add(taskProps(sims.get(i), i, margin));
      // The bench's own listing of the workspaces (above) must leave the local Gong's 1 s window
      // before the tasks start: a connector sends it in a slot of its own, the bench does not.
      Thread.sleep(1100);
      // Started in the warm-up run too: JFR's first recording in a JVM starts JFR and instruments
      // the socket classes, which cost the one-company run seconds (first record ~8 s instead of
      // 1.5 s, half its slots idle) when it came first there.
      SendTrace sends = new SendTrace(margin);
      stamps.forEach(Arrivals::start);
      long start = System.nanoTime();
      long cpuStart = BenchTask.processCpuNanos();
      double childCpuStart = sims.stream().mapToDouble(LocalGong::processCpuSeconds).sum();
      CpuGroups cpu = CpuGroups.start();
      boolean account = companies == 1 && inJvm != null;
      Accounting accounting = account ? new Accounting() : null;
      RequestTrace trace = account ? new RequestTrace(inJvm, start) : null;
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < companies; i++) {
        Map<String, String> p = props.get(i);
        results.add(
            (i % 2 == 0 ? workerA : workerB).submit(() -> drain(p, calls, start, accounting)));
      }
      long records = 0;
      for (Future<Long> f : results) records += f.get();
      double seconds = (System.nanoTime() - start) / 1e9;
      double jvmCpu = (BenchTask.processCpuNanos() - cpuStart) / 1e9;
      if (trace != null) trace.close();
      if (!report) {
        sends.close();
        return;
      }
      long requests = sims.stream().mapToLong(LocalGong::requestCount).sum();
      long refused = sims.stream().mapToLong(LocalGong::rateLimitedCount).sum();
      double perSecond = records / seconds;
      System.out.printf(
          "%-10d %8d %9.1f %9.1f %9.1f%% %9d %9.2f %8.1f%% %6d %12.1f %10.1f%n",
          companies,
          records,
          seconds,
          perSecond,
          100 * perSecond / (100.0 * rate * companies),
          requests,
          requests / seconds,
          100 * requests / seconds / (slotsPerSecond(margin) * companies),
          refused,
          TASK_CPU_NANOS.getAndSet(0) / 1e9,
          jvmCpu);
      if (accounting != null) {
        accounting.print(
            inJvm.requestCounts(), inJvm.rateLimitedCount(), trace.millis(), rate, margin, 100);
      }
      Map<String, List<Long>> arrivals = new HashMap<>();
      Map<String, Integer> ports = new HashMap<>();
      for (int i = 0; i < stamps.size(); i++) {
        arrivals.put("bench-" + i + "-0", stamps.get(i).arrivals());
        ports.put("bench-" + i + "-0", java.net.URI.create(sims.get(i).baseUrl()).getPort());
      }
      sends.print(arrivals, ports);
      sends.close();
      if (processes) {
        System.out.printf(
            "  local Gongs in processes of their own: %.1f CPU s (beside the JVM CPU s above)%n",
            sims.stream().mapToDouble(LocalGong::processCpuSeconds).sum() - childCpuStart);
      }
      System.out.printf(
          "  CPU s by thread group (threads alive at the end): %s%n", cpu.since(jvmCpu));
    } finally {
      workerA.shutdownNow();
      workerB.shutdownNow();
      sims.forEach(LocalGong::close);
    }
  }

  /**
   * The requests per second a task may send: its slots, {@code rate} per (1000 ms + margin), less
   * the one in {@code quota.connector.slot.every} (default 100) kept for the connector. The
   * connector's part in what "of ceiling" misses; partial last pages (fewer than 100 calls per
   * request) are the rest.
   */
  private static double slotsPerSecond(long margin) {
    return rate * 1000.0 / (1000 + margin) * (1 - 1.0 / 100);
  }

  /**
   * Polls one task until every call of its company arrived on both streams; returns the records.
   */
  private static long drain(
      Map<String, String> props, int calls, long startNanos, Accounting accounting)
      throws InterruptedException {
    GongSourceTask task = new GongSourceTask();
    task.initialize(new EmptyContext(props));
    task.start(props);
    try {
      long callRecords = 0;
      long records = 0;
      while (callRecords < calls) {
        List<SourceRecord> batch = task.poll();
        if (batch == null) continue;
        if (accounting != null) accounting.add(batch, (System.nanoTime() - startNanos) / 1e6);
        records += batch.size();
        callRecords += batch.stream().filter(r -> r.topic().equals("calls")).count();
      }
      TASK_CPU_NANOS.addAndGet(taskCpuNanos(props.get("name")));
      return records;
    } finally {
      task.stop();
    }
  }

  /** CPU time of this polling thread and of the task's read-ahead threads ("gong-NAME-..."). */
  private static long taskCpuNanos(String name) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long nanos = mx.getCurrentThreadCpuTime();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("gong-" + name + "-"))
        nanos += Math.max(0, mx.getThreadCpuTime(t.getId()));
    }
    return nanos;
  }

  private static Map<String, String> taskProps(LocalGong sim, int company, long margin) {
    Map<String, String> p = BenchTask.props(sim, "bench-" + company, margin, rate);
    sim.resetRequestCounts(); // the listing of the workspaces is the bench's, not the task's
    if (atOnce != null) p.put("read.workspaces.at.once", atOnce);
    return p;
  }
}
