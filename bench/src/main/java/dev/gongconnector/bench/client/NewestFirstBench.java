package dev.gongconnector.bench.client;

import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.simulator.GongSimulator;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cost of the newest M calls of a range ({@code calls().collect(.., M, NEWEST_FIRST)}): requests
 * the local Gong counted against the minimum ceil(M/100), for several ranges and M, and whether the
 * answer is exactly the newest M (checked against the whole range read oldest first).
 *
 * <p>Usage: {@code bin/bench newest-first [--calls 5000] [--seed 42]}
 */
public final class NewestFirstBench {

  public static void main(String[] args) {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i].substring(2), args[i + 1]);
    int n = Integer.parseInt(opt.getOrDefault("calls", "5000"));
    long seed = Long.parseLong(opt.getOrDefault("seed", "42"));
    try (GongSimulator sim =
        GongSimulator.builder().calls(n).seed(seed).rateLimitPerSecond(0).dailyLimit(0).start()) {
      GongClient gong =
          GongClient.builder()
              .baseUrl(sim.baseUrl())
              .credentials(sim.accessKey(), sim.accessKeySecret())
              .rateLimitPerSecond(0)
              .build();
      OffsetDateTime end = sim.anchor().atOffset(ZoneOffset.UTC).plusDays(1);
      int[] days = {7, 30, 90, 183};
      int[] ms = {1, 10, 100, 250, 500, 1000, 2000};
      System.out.printf("newest-first: %d calls, seed %d%n", n, seed);
      System.out.printf(
          "%-6s %7s %6s %9s %9s %7s %6s%n",
          "range", "inRange", "M", "requests", "minimum", "excess", "exact");
      int worst = 0;
      int cases = 0;
      int exact = 0;
      for (int d : days) {
        CallListRequest range = CallListRequest.of(end.minusDays(d), end);
        List<Call> all = new ArrayList<>(gong.calls().list(range).toList());
        all.sort(Comparator.comparing(Call::started).thenComparing(c -> new BigInteger(c.id())));
        Collections.reverse(all);
        for (int m : ms) {
          if (m > all.size() * 2) continue;
          sim.resetRequestCounts();
          Collected<Call> got = gong.calls().collect(range, m, Order.NEWEST_FIRST);
          long requests = sim.requestCount("/v2/calls");
          int minimum = Math.max(1, (int) Math.ceil(Math.min(m, all.size()) / 100.0));
          boolean same =
              got.items().stream()
                  .map(Call::id)
                  .toList()
                  .equals(all.subList(0, Math.min(m, all.size())).stream().map(Call::id).toList());
          cases++;
          if (same) exact++;
          worst = Math.max(worst, (int) (requests - minimum));
          System.out.printf(
              "%-6s %7d %6d %9d %9d %7d %6s%n",
              d + "d", all.size(), m, requests, minimum, requests - minimum, same ? "yes" : "NO");
        }
      }
      System.out.printf(
          "worst excess over ceil(M/100): %d requests (goal <= 3); exact in %d of %d cases%n",
          worst, exact, cases);
    }
  }
}
