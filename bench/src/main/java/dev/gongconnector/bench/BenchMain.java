package dev.gongconnector.bench;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of {@code gong-bench.jar}: runs one benchmark by its short name, so {@code bin/bench
 * client-export 10000 3 200} needs no class names. Each benchmark prints its own table.
 */
public final class BenchMain {

  /** Short name to main class and what it measures; the order is the README's. */
  private static final Map<String, String[]> BENCHES = new LinkedHashMap<>();

  static {
    add(
        "sim-throughput",
        "sim.SimulatorThroughputBench",
        "requests/s the local Gong serves for GET /v2/calls pages, rate limit off [--calls --clients --seconds]");
    add(
        "client-export",
        "client.ExportBench",
        "extensive data + transcripts of N calls at the rate limit: requests vs minimum, rate vs limit [N RATE LATENCY_MS]");
    add(
        "client-paging",
        "client.PagingBench",
        "records/s and peak heap while paging N calls (run with a small -Xmx) [N]");
    add(
        "library-sync",
        "library.LibrarySyncBench",
        "sync of N calls into the local library: requests vs minimum, incremental run [--calls --rate --store]");
    add(
        "library-search",
        "library.LibrarySearchBench",
        "search p50/p99 over a library of N calls, index size per call [--calls --iterations --store]");
    add(
        "search-quality",
        "search.SearchQualityBench",
        "precision/recall per query class and nDCG@10 against brute-force ground truth over what the local Gong serves [--calls --seed]");
    add(
        "newest-first",
        "client.NewestFirstBench",
        "requests for the newest M calls of a range vs ceil(M/100), exactness checked [--calls --seed]");
    add(
        "kafka-connect",
        "kafka.ConnectBench",
        "Gong source task records/s vs the 3 req/s ceiling: one company, then four on two workers [CALLS LATENCY_MS MARGIN_MS]");
    add(
        "kafka-records",
        "kafka.ConnectRecordsDump",
        "hash of the Gong source task's records over a fixed local Gong (output identity) and its CPU and garbage per record [CALLS ROUNDS RATE SEED hash|print|count]");
    add(
        "cli-start",
        "cli.CliStartBench",
        "start-up of bin/gong (--version, one request, MCP initialize) beside a hello-world JVM [RUNS]");
  }

  private static void add(String name, String className, String what) {
    BENCHES.put(name, new String[] {"dev.gongconnector.bench." + className, what});
  }

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !BENCHES.containsKey(args[0])) {
      System.err.println(
          "usage: bin/bench NAME [ARGS...]   (or java -jar bench/target/gong-bench.jar NAME ...)");
      BENCHES.forEach((name, v) -> System.err.printf("  %-15s %s%n", name, v[1]));
      System.exit(args.length == 0 || args[0].equals("--help") ? 0 : 2);
    }
    Method main = Class.forName(BENCHES.get(args[0])[0]).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
  }
}
