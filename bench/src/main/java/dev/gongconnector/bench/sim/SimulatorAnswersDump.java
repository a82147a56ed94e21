package dev.gongconnector.bench.sim;

import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContentSelector.Field;
import dev.gongconnector.client.calls.ContextLevel;
import dev.gongconnector.client.calls.ContextTiming;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.transcripts.TranscriptRequest;
import dev.gongconnector.simulator.GongSimulator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted sequence of requests to a simulator with fixed seed, anchor date, clock and keys,
 * printing one line per answer: status, length and SHA-256 of the body with the random request id
 * and the media host's port masked. Two builds of the simulator answer byte for byte alike when
 * their outputs are equal: run it before and after a change and diff.
 *
 * <p>Covers the call routes (and the stats and library, which derive from the same conversations):
 * {@code POST /v2/calls/extensive} with every content selector part, {@code POST
 * /v2/calls/transcript} by ids and by dates, cursor walks, filters, added calls (with and without
 * media), repeated requests, and error answers.
 *
 * <pre>java -cp bench/target/gong-bench.jar dev.gongconnector.bench.sim.SimulatorAnswersDump
 *     [--bodies DIR] &gt; answers.txt</pre>
 */
public final class SimulatorAnswersDump {

  private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\":\"[0-9a-z]{19}\"");
  private static final Pattern CALL_ID = Pattern.compile("\"metaData\":\\{\"id\":\"(\\d+)\"");
  private static final Pattern ANY_CALL_ID = Pattern.compile("\"(?:id|callId)\":\"(\\d{10,})\"");
  private static final Pattern CURSOR = Pattern.compile("\"cursor\":\"([^\"]+)\"");
  private static final Pattern MEDIA_PORT = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");
  private static final Pattern ID = Pattern.compile("\"id\":\"(\\d+)\"");

  private final SimHttp http;
  private final GongSimulator sim;
  private final PrintStream out;
  private final Path bodies;
  private int n;

  private SimulatorAnswersDump(GongSimulator sim, SimHttp http, PrintStream out, Path bodies) {
    this.sim = sim;
    this.http = http;
    this.out = out;
    this.bodies = bodies;
  }

  public static void main(String[] args) throws Exception {
    Path bodies = null;
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--bodies")) {
        bodies = Files.createDirectories(Path.of(args[i + 1]));
      }
    }
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    try (GongSimulator sim =
            GongSimulator.builder()
                .calls(1500)
                .seed(7)
                .anchorDate(LocalDate.parse("2026-03-02"))
                .clock(clock)
                .accessKey("DUMPKEY")
                .accessKeySecret("DUMPSECRET")
                .rateLimitPerSecond(0)
                .dailyLimit(0)
                .start();
        SimHttp http = new SimHttp(sim.port(), sim.accessKey(), sim.accessKeySecret())) {
      SimulatorAnswersDump d = new SimulatorAnswersDump(sim, http, System.out, bodies);
      d.script();
      System.out.println("requests " + d.n);
    }
  }

  private void script() throws Exception {
    String workspaces = get("/v2/workspaces");
    List<String> wsIds = all(ID, workspaces);
    String users = get("/v2/users");
    List<String> userIds = all(ID, users);

    // Every selector part alone, then the connector's, everything, and the CRM context levels.
    List<ContentSelector> selectors = new ArrayList<>();
    selectors.add(ContentSelector.none());
    for (Field f : Field.values()) {
      if (f == Field.TRACKER_OCCURRENCES) {
        selectors.add(ContentSelector.builder().include(Field.TRACKERS, f).build());
      } else {
        selectors.add(ContentSelector.builder().include(f).build());
      }
    }
    selectors.add(SimulatorCpuBench.CONNECTOR);
    selectors.add(ContentSelector.all());
    selectors.add(
        ContentSelector.builder().context(ContextLevel.BASIC).include(Field.PARTIES).build());
    selectors.add(
        ContentSelector.builder()
            .context(ContextLevel.EXTENDED)
            .contextTiming(ContextTiming.TIME_OF_CALL)
            .include(Field.PARTIES)
            .build());
    for (ContentSelector s : selectors) {
      extensive(range(null).contentSelector(s).build(), null);
    }

    // The connector's walk: each workspace's pages, each followed by its calls' transcripts.
    for (String ws : wsIds) {
      walk(range(ws).contentSelector(ContentSelector.all()).build(), true);
    }
    for (String ws : wsIds) {
      walk(range(ws).contentSelector(SimulatorCpuBench.CONNECTOR).build(), true);
    }
    // All workspaces; transcripts by dates with their own cursor.
    walk(range(null).contentSelector(SimulatorCpuBench.CONNECTOR).build(), true);
    walk(range(null).contentSelector(ContentSelector.all()).build(), false);
    String cursor = null;
    do {
      String page =
          post(
              "/v2/calls/transcript",
              Bodies.transcript(
                  TranscriptRequest.between(sim.earliestCallStart(), sim.anchor()), cursor));
      cursor = cursorOf(page);
    } while (cursor != null);

    // GET listings and single calls.
    cursor = null;
    int pages = 0;
    do {
      String page =
          get(
              "/v2/calls?fromDateTime="
                  + sim.earliestCallStart()
                  + "&toDateTime="
                  + sim.anchor()
                  + (cursor == null ? "" : "&cursor=" + cursor));
      if (pages == 0) {
        for (String id : first(all(ANY_CALL_ID, page), 20)) {
          get("/v2/calls/" + id);
        }
      }
      cursor = cursorOf(page);
    } while (cursor != null && ++pages < 20);

    // Filters: call ids (more than a page), hosts, narrow and empty ranges.
    String firstPage = extensive(range(null).build(), null);
    List<String> ids = all(CALL_ID, firstPage);
    String more =
        extensive(range(null).build(), cursorOf(firstPage)); // page 2, for 150 ids over two pages
    ids.addAll(first(all(CALL_ID, more), 50));
    walk(ExtensiveRequest.forCallIds(ids, ContentSelector.all()), false);
    transcriptByIds(first(ids, 100));
    transcriptByIds(first(ids, 100)); // the same again: a cache must answer alike
    extensive(ExtensiveRequest.forCallIds(first(ids, 100), ContentSelector.all()), null);
    walk(
        range(null)
            .primaryUserIds(first(userIds, 3))
            .contentSelector(SimulatorCpuBench.CONNECTOR)
            .build(),
        true);
    Instant mid = sim.anchor().minusSeconds(30L * 86_400);
    extensive(
        ExtensiveRequest.builder()
            .fromDateTime(mid)
            .toDateTime(mid.plusSeconds(86_400 * 3))
            .contentSelector(ContentSelector.all())
            .build(),
        null);
    extensive(
        ExtensiveRequest.builder()
            .fromDateTime(sim.anchor().plusSeconds(86_400))
            .toDateTime(sim.anchor().plusSeconds(2 * 86_400))
            .build(),
        null); // 404: no calls

    // Added calls: with media (a transcript at once) and without, then listed among the others.
    String host = userIds.get(0);
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String body =
          "{\"clientUniqueId\":\"dump-"
              + i
              + "\",\"actualStart\":\""
              + sim.anchor().minusSeconds(86_400L * (3 + i) + 3600)
              + "\",\"direction\":\"Outbound\",\"primaryUser\":\""
              + host
              + "\",\"title\":\"Dump call "
              + i
              + "\",\"duration\":"
              + (300 + 600 * i)
              + (i % 2 == 0 ? ",\"downloadMediaUrl\":\"https://example.com/" + i + ".mp3\"" : "")
              + ",\"parties\":[{\"userId\":\""
              + host
              + "\",\"name\":\"Host\",\"mediaChannelId\":0},"
              + "{\"phoneNumber\":\"+1 123-567-8989\",\"name\":\"Prospect Person\"}]}";
      String answer = post("/v2/calls", body);
      Matcher m = Pattern.compile("\"callId\":\"(\\d+)\"").matcher(answer);
      if (m.find()) {
        added.add(m.group(1));
      }
    }
    extensive(ExtensiveRequest.forCallIds(added, ContentSelector.all()), null);
    transcriptByIds(added);
    extensive(
        ExtensiveRequest.builder()
            .fromDateTime(sim.anchor().minusSeconds(86_400L * 8))
            .toDateTime(sim.anchor())
            .contentSelector(ContentSelector.all())
            .build(),
        null);
    get(
        "/v2/calls?fromDateTime="
            + sim.anchor().minusSeconds(86_400L * 8)
            + "&toDateTime="
            + sim.anchor());

    // Stats, activity and library: derived from the calls' conversations and trackers.
    String dates = "\"fromDate\":\"2025-08-14\",\"toDate\":\"2026-03-02\"";
    post("/v2/stats/interaction", ("{\"filter\":{" + dates + "}}"));
    post("/v2/stats/activity/aggregate", ("{\"filter\":{" + dates + "}}"));
    post("/v2/stats/activity/day-by-day", ("{\"filter\":{" + dates + "}}"));
    post(
        "/v2/stats/activity/aggregate-by-period",
        ("{\"filter\":{" + dates + "},\"aggregationPeriod\":\"MONTH\"}"));
    post("/v2/stats/activity/scorecards", "{\"filter\":{}}");
    post(
        "/v2/stats/interaction",
        "{\"filter\":{\"fromDate\":\"2026-01-01\",\"toDate\":\"2026-03-12\"}}");
    for (String folder : first(all(ID, get("/v2/library/folders")), 8)) {
      get("/v2/library/folder-content?folderId=" + folder);
    }

    // Error answers.
    post("/v2/calls/extensive", "{");
    post("/v2/calls/extensive", "{}");
    post("/v2/calls/extensive", "[1]");
    post("/v2/calls/extensive", "{\"filter\":{},\"contentSelector\":{\"context\":\"Full\"}}");
    post(
        "/v2/calls/extensive", "{\"filter\":{},\"contentSelector\":{\"contextTiming\":[\"Now\"]}}");
    post(
        "/v2/calls/extensive",
        "{\"filter\":{},\"contentSelector\":{\"exposedFields\":{\"content\":{\"brief\":1}}}}");
    post(
        "/v2/calls/extensive",
        "{\"filter\":{},\"contentSelector\":{\"exposedFields\":{\"content\":{\"nope\":true}}}}");
    post("/v2/calls/extensive", "{\"filter\":{},\"contentSelector\":\"all\"}");
    post("/v2/calls/extensive", "{\"filter\":{\"fromDateTime\":\"yesterday\"}}");
    post(
        "/v2/calls/extensive",
        "{\"filter\":{\"fromDateTime\":\"2026-02-01T00:00:00Z\",\"toDateTime\":\"2026-01-01T00:00:00Z\"}}");
    post("/v2/calls/extensive", "{\"filter\":{\"workspaceId\":\"abc\"}}");
    post("/v2/calls/extensive", "{\"filter\":{\"workspaceId\":\"123\"}}");
    post("/v2/calls/extensive", "{\"filter\":{\"callIds\":[\"x1\"]}}");
    post("/v2/calls/extensive", "{\"filter\":{},\"cursor\":\"not-a-cursor\"}");
    post("/v2/calls/transcript", "{\"filter\":{\"callIds\":[]}}");
    post(
        "/v2/calls/transcript",
        ("{\"filter\":{\"workspaceId\":\"" + wsIds.get(0) + "\",\"callIds\":[\"1\"]}}"));
    StringBuilder many = new StringBuilder("{\"filter\":{\"callIds\":[");
    for (int i = 0; i < 101; i++) {
      many.append(i == 0 ? "" : ",").append('"').append(1000 + i).append('"');
    }
    post("/v2/calls/transcript", many.append("]}}").toString());
    post("/v2/calls/transcript", "{\"filter\":{\"callIds\":[\"1\"]}}");
    post("/v2/calls/transcript", "{\"cursor\":\"zzz\",\"filter\":{}}");
    post("/v2/calls/transcript", "");
    get("/v2/calls");
    get("/v2/calls/abc");
    get("/v2/calls/123");
    record(http.send("POST", "/v2/calls/extensive", "{}".getBytes(), null), "POST noauth");
    record(http.send("DELETE", "/v2/calls/extensive", null, null), "DELETE noauth");
    record(http.send("GET", "/v2/calls/extensive", null, "Basic RFVNUEtFWTpEVU1QU0VDUkVU"), "GET");

    // The connector's first pages again, after everything: cached answers equal fresh ones.
    for (ContentSelector s : selectors) {
      extensive(range(wsIds.get(0)).contentSelector(s).build(), null);
    }
    walk(range(wsIds.get(0)).contentSelector(SimulatorCpuBench.CONNECTOR).build(), true);
  }

  private ExtensiveRequest.Builder range(String workspace) {
    return ExtensiveRequest.builder()
        .fromDateTime(sim.earliestCallStart())
        .toDateTime(sim.anchor())
        .workspaceId(workspace);
  }

  /** Every page of an extensive request; each page's calls' transcripts after it if asked. */
  private void walk(ExtensiveRequest request, boolean transcripts) throws Exception {
    String cursor = null;
    do {
      String page = extensive(request, cursor);
      if (transcripts) {
        List<String> ids = all(CALL_ID, page);
        if (!ids.isEmpty()) {
          transcriptByIds(ids);
        }
      }
      cursor = cursorOf(page);
    } while (cursor != null);
  }

  private String extensive(ExtensiveRequest r, String cursor) throws Exception {
    return post("/v2/calls/extensive", Bodies.extensive(r, cursor));
  }

  private String transcriptByIds(List<String> ids) throws Exception {
    return post("/v2/calls/transcript", Bodies.transcript(TranscriptRequest.forCallIds(ids), null));
  }

  private String get(String path) throws Exception {
    return record(http.get(path), "GET " + path);
  }

  /** POSTs {@code json} in UTF-8. */
  private String post(String path, String json) throws Exception {
    return post(path, json.getBytes(StandardCharsets.UTF_8));
  }

  private String post(String path, byte[] body) throws Exception {
    return record(
        http.post(path, body),
        "POST " + path + " " + hash(body).substring(0, 12) + " " + body.length);
  }

  private String record(SimHttp.Answer a, String what) throws Exception {
    String text = a.text();
    // Request ids are random, and media URLs name the media host's port (a free port).
    String masked =
        MEDIA_PORT
            .matcher(REQUEST_ID.matcher(text).replaceAll("\"requestId\":\"-\""))
            .replaceAll("http://127.0.0.1:-/");
    n++;
    out.printf(
        "%d %s -> %d %d %s%n",
        n, what, a.status(), a.body().length, hash(masked.getBytes(StandardCharsets.UTF_8)));
    if (bodies != null) {
      Files.writeString(bodies.resolve(String.format("%04d.json", n)), masked);
    }
    return text;
  }

  private static String hash(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private static String cursorOf(String page) {
    int head = page.indexOf("\"calls\"");
    int head2 = page.indexOf("\"callTranscripts\"");
    int end = head >= 0 ? head : head2 >= 0 ? head2 : page.length();
    Matcher m = CURSOR.matcher(page.substring(0, end));
    return m.find() ? m.group(1) : null;
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<String> first(List<String> list, int k) {
    return new ArrayList<>(list.subList(0, Math.min(k, list.size())));
  }
}
