package dev.gongconnector.bench.search;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.calls.Party;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.library.CallLibrary;
import dev.gongconnector.library.search.LibrarySearcher;
import dev.gongconnector.library.search.MemorySearch;
import dev.gongconnector.library.search.SearchHit;
import dev.gongconnector.library.search.SearchRequest;
import dev.gongconnector.library.sync.GongCallSource;
import dev.gongconnector.library.sync.RecentCalls;
import dev.gongconnector.library.sync.SyncOptions;
import dev.gongconnector.simulator.GongSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Search quality against ground truth: the local Gong serves a generated company; the library is
 * synced from it and, separately, every call's content and transcript are read over HTTP and
 * matched by brute force ({@link GroundTruth}). Per query class (words, phrases, names, accounts):
 * precision and recall of the library's answer, whether the API path (calls fetched and indexed in
 * memory) returns the same set, and nDCG@10 of relevance ranking with graded judgements (2: the
 * call's topics are about the word, 1: it mentions it, 0: not at all).
 *
 * <p>Usage: {@code bin/bench search-quality [--calls 300] [--seed 42]}
 */
public final class SearchQualityBench {

  /**
   * A query, the word forms or phrases its ground truth accepts, and the topics that make it
   * "about" it.
   */
  record Query(String kind, String text, List<String> forms, Set<String> aboutTopics) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i].substring(2), args[i + 1]);
    int n = Integer.parseInt(opt.getOrDefault("calls", "300"));
    long seed = Long.parseLong(opt.getOrDefault("seed", "42"));
    Path store = Files.createTempDirectory("search-quality");
    try (GongSimulator sim =
        GongSimulator.builder().calls(n).seed(seed).rateLimitPerSecond(0).dailyLimit(0).start()) {
      GongClient gong =
          GongClient.builder()
              .baseUrl(sim.baseUrl())
              .credentials(sim.accessKey(), sim.accessKeySecret())
              .rateLimitPerSecond(0)
              .build();
      CallLibrary.sync(
          store, gong, SyncOptions.defaults().withFrom(sim.earliestCallStart()), p -> {});
      List<CallData> data =
          gong.calls()
              .extensive(
                  ExtensiveRequest.builder()
                      .fromDateTime(sim.earliestCallStart())
                      .contentSelector(ContentSelector.all())
                      .build())
              .toList();
      Map<String, CallTranscript> transcripts = new HashMap<>();
      gong.calls()
          .transcriptsFor(data.stream().map(CallData::id).toList())
          .forEach(t -> transcripts.put(t.callId(), t));
      List<GroundTruth.CallText> truth = new ArrayList<>();
      for (CallData d : data) truth.add(GroundTruth.of(d, transcripts.get(d.id())));
      // The API path: the same calls fetched as search_calls/search_transcripts do, indexed in
      // memory.
      RecentCalls.Fetched fetched =
          RecentCalls.fetch(
              gong,
              ExtensiveRequest.builder()
                  .fromDateTime(sim.earliestCallStart())
                  .contentSelector(GongCallSource.SELECTOR)
                  .build(),
              n + 100,
              Order.NEWEST_FIRST,
              true);

      List<Query> queries = queries(data);
      Map<String, List<double[]>> byKind = new TreeMap<>();
      System.out.printf(
          "search-quality: %d calls, seed %d, %d queries%n", data.size(), seed, queries.size());
      System.out.printf(
          "%-9s %-28s %6s %6s %6s %6s %8s%n",
          "class", "query", "truth", "found", "P", "R", "nDCG@10");
      int sameSets = 0;
      try (LibrarySearcher searcher = LibrarySearcher.open(store)) {
        for (Query q : queries) {
          Pattern pattern = GroundTruth.anyOf(q.forms());
          Set<String> expected = GroundTruth.matching(truth, pattern);
          String lucene = q.kind().equals("word") ? q.text() : "\"" + q.text() + "\"";
          SearchRequest all = SearchRequest.builder(lucene).limit(1000).sentencesPerCall(0).build();
          Set<String> found = ids(searcher.search(all).hits());
          Set<String> api = ids(MemorySearch.search(fetched.calls(), all).hits());
          if (api.equals(found)) sameSets++;
          double p =
              found.isEmpty()
                  ? (expected.isEmpty() ? 1 : 0)
                  : inter(found, expected) / (double) found.size();
          double r = expected.isEmpty() ? 1 : inter(found, expected) / (double) expected.size();
          double ndcg = Double.NaN;
          if (!q.aboutTopics().isEmpty()) {
            List<SearchHit> top =
                searcher
                    .search(
                        SearchRequest.builder(lucene)
                            .sort(SearchRequest.Sort.RELEVANCE)
                            .limit(10)
                            .sentencesPerCall(0)
                            .build())
                    .hits();
            ndcg = ndcg(top, truth, pattern, q.aboutTopics());
          }
          byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(new double[] {p, r, ndcg});
          System.out.printf(
              "%-9s %-28s %6d %6d %6.3f %6.3f %8s%n",
              q.kind(),
              q.text(),
              expected.size(),
              found.size(),
              p,
              r,
              Double.isNaN(ndcg) ? "-" : String.format("%.3f", ndcg));
        }
      }
      System.out.println();
      System.out.printf(
          "%-9s %8s %8s %8s %8s%n", "class", "queries", "P(mean)", "R(mean)", "nDCG@10");
      byKind.forEach(
          (kind, rows) -> {
            double nd =
                rows.stream()
                    .filter(x -> !Double.isNaN(x[2]))
                    .mapToDouble(x -> x[2])
                    .average()
                    .orElse(Double.NaN);
            System.out.printf(
                "%-9s %8d %8.3f %8.3f %8s%n",
                kind,
                rows.size(),
                rows.stream().mapToDouble(x -> x[0]).average().orElse(0),
                rows.stream().mapToDouble(x -> x[1]).average().orElse(0),
                Double.isNaN(nd) ? "-" : String.format("%.3f", nd));
          });
      System.out.printf(
          "library and API (in-memory index of the fetched calls) returned the same call set for %d of %d queries%n",
          sameSets, queries.size());
    } finally {
      try (var files = Files.walk(store)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static List<Query> queries(List<CallData> data) {
    List<Query> q = new ArrayList<>();
    word(q, "competitors", List.of("competitor", "competitors"), "Competition");
    word(q, "pricing", List.of("price", "prices", "priced", "pricing"), "Pricing");
    word(q, "security", List.of("security", "secure", "secured", "securing"), "Security");
    word(
        q,
        "onboarding",
        List.of("onboard", "onboarded", "onboarding", "onboards"),
        "Implementation",
        "Training");
    word(q, "budget", List.of("budget", "budgets", "budgeted", "budgeting"), "Pricing");
    word(
        q,
        "integration",
        List.of(
            "integration", "integrations", "integrate", "integrated", "integrates", "integrating"),
        "Integrations");
    word(q, "discount", List.of("discount", "discounts", "discounted", "discounting"), "Pricing");
    word(
        q,
        "contract",
        List.of("contract", "contracts", "contracted", "contracting"),
        "Procurement",
        "Legal");
    word(
        q,
        "renewal",
        List.of("renewal", "renewals", "renew", "renewed", "renewing", "renews"),
        "Renewal");
    word(
        q,
        "procurement",
        List.of("procurement", "procure", "procured", "procuring"),
        "Procurement");
    phrase(q, "security review", "security review", "security reviews");
    phrase(q, "list price", "list price", "list prices");
    phrase(q, "order form", "order form", "order forms");
    phrase(q, "penetration test", "penetration test", "penetration tests", "penetration testing");
    phrase(q, "next step", "next step", "next steps");
    phrase(q, "quarterly planning", "quarterly planning");
    // Names and accounts: the five that occur in the most calls, from the served data.
    Map<String, Integer> people = new LinkedHashMap<>();
    Map<String, Integer> accounts = new LinkedHashMap<>();
    for (CallData d : data) {
      for (Party p : d.parties()) if (p.name() != null) people.merge(p.name(), 1, Integer::sum);
      d.context().stream()
          .flatMap(c -> c.objects().stream())
          .filter(o -> "Account".equals(o.objectType()))
          .flatMap(o -> o.fields().stream())
          .filter(f -> "Name".equals(f.name()) && f.value() instanceof String)
          .forEach(f -> accounts.merge((String) f.value(), 1, Integer::sum));
    }
    top(people, 5).forEach(name -> q.add(new Query("name", name, List.of(name), Set.of())));
    top(accounts, 5).forEach(name -> q.add(new Query("account", name, List.of(name), Set.of())));
    return q;
  }

  private static void word(List<Query> q, String text, List<String> forms, String... topics) {
    q.add(new Query("word", text, forms, Set.of(topics)));
  }

  private static void phrase(List<Query> q, String text, String... forms) {
    q.add(new Query("phrase", text, List.of(forms), Set.of()));
  }

  private static List<String> top(Map<String, Integer> counts, int k) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(k)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  private static Set<String> ids(List<SearchHit> hits) {
    Set<String> out = new HashSet<>();
    hits.forEach(h -> out.add(h.callId()));
    return out;
  }

  private static int inter(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) if (b.contains(x)) n++;
    return n;
  }

  /** nDCG@10: grade 2 when the call's topics are about the query, 1 when it mentions it, else 0. */
  private static double ndcg(
      List<SearchHit> top, List<GroundTruth.CallText> truth, Pattern pattern, Set<String> about) {
    Map<String, Integer> grade = new HashMap<>();
    for (GroundTruth.CallText c : truth) {
      boolean isAbout = c.topics().stream().anyMatch(about::contains);
      int mentions = GroundTruth.occurrences(c, pattern);
      grade.put(c.id(), isAbout && mentions > 0 ? 2 : mentions > 0 ? 1 : 0);
    }
    double dcg = 0;
    for (int i = 0; i < top.size(); i++) dcg += gain(grade.getOrDefault(top.get(i).callId(), 0), i);
    List<Integer> ideal =
        grade.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(10).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) idcg += gain(ideal.get(i), i);
    return idcg == 0 ? 1 : dcg / idcg;
  }

  private static double gain(int grade, int rank) {
    return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
  }
}
