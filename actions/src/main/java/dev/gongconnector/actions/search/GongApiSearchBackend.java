package dev.gongconnector.actions.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.calls.CallView;
import dev.gongconnector.actions.calls.Selectors;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.internal.PageCollector;
import dev.gongconnector.actions.transcripts.SpeakerDirectory;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContentSelector.Field;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.TranscriptRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Searches by reading Gong: extensive data of the range (one request per 100 calls, with the
 * content blocks keywords are matched against), then, when keywords are given, the transcripts of
 * those calls (one request per 100 calls). Every search reads the range again; results are sorted
 * newest first.
 */
public final class GongApiSearchBackend implements CallSearchBackend {

  private final GongClient client;

  public GongApiSearchBackend(GongClient client) {
    this.client = client;
  }

  @Override
  public SearchPage search(SearchQuery q, ProgressListener progress) {
    KeywordMatcher matcher = new KeywordMatcher(q.keywords());
    ContentSelector.Builder selector =
        ContentSelector.builder()
            .context(Selectors.contextLevel(q.context()))
            .include(Field.PARTIES);
    if (!matcher.isEmpty())
      selector.include(
          Field.BRIEF, Field.TOPICS, Field.TRACKERS, Field.KEY_POINTS, Field.HIGHLIGHTS);
    if (q.includeContent()) Selectors.allContent(selector);
    if (q.includeMedia()) selector.include(Field.MEDIA);
    ExtensiveRequest.Builder request =
        ExtensiveRequest.builder()
            .fromDateTime(q.from())
            .toDateTime(q.to())
            .workspaceId(q.workspaceId())
            .contentSelector(selector.build());
    if (!q.primaryUserIds().isEmpty()) request.primaryUserIds(q.primaryUserIds());

    ExtensiveRequest built = request.build();
    PageCollector.Collected<CallData> read =
        PageCollector.collect(
            cursor -> client.calls().extensivePage(built, cursor),
            q.maxCalls(),
            progress,
            "scanning calls");
    Map<String, Candidate> scanned = new LinkedHashMap<>();
    for (CallData call : read.records()) {
      if (call.id() == null) continue;
      JsonNode tree = Json.tree(call);
      Candidate c = new Candidate(tree);
      if (!matcher.isEmpty()) c.matches.addAll(matcher.matchCall(tree));
      scanned.put(call.id(), c);
    }
    if (!matcher.isEmpty() && !scanned.isEmpty()) {
      matchTranscripts(matcher, scanned, q.maxMatchesPerCall(), progress);
    }

    List<Candidate> hits = new ArrayList<>();
    for (Candidate c : scanned.values()) {
      if (matcher.isEmpty() || c.transcriptMatches > 0 || !c.matches.isEmpty()) hits.add(c);
    }
    hits.sort(
        Comparator.comparing(Candidate::started, Comparator.nullsLast(Comparator.reverseOrder())));
    int fromIndex = Math.min(hits.size(), (q.page() - 1) * q.pageSize());
    int toIndex = Math.min(hits.size(), fromIndex + q.pageSize());
    List<ObjectNode> page = new ArrayList<>();
    for (Candidate c : hits.subList(fromIndex, toIndex)) {
      ObjectNode view = CallView.of(c.data, Map.of(), q.includeMedia(), q.includeContent());
      if (!matcher.isEmpty()) {
        ArrayNode matches = Json.array();
        c.matches.stream().limit(q.maxMatchesPerCall()).forEach(m -> matches.add(m.toJson()));
        view.set("matches", matches);
        view.put("matchCount", c.metadataMatches() + c.transcriptMatches);
      }
      page.add(view);
    }
    return new SearchPage(
        page, hits.size(), scanned.size(), read.truncated(), "gong-api", read.totalRecords());
  }

  private void matchTranscripts(
      KeywordMatcher matcher,
      Map<String, Candidate> scanned,
      int maxMatches,
      ProgressListener progress) {
    int done = 0;
    try (Stream<CallTranscript> transcripts =
        client
            .calls()
            .transcripts(TranscriptRequest.forCallIds(new ArrayList<>(scanned.keySet())))) {
      Iterator<CallTranscript> it = transcripts.iterator();
      while (it.hasNext()) {
        CallTranscript t = it.next();
        Candidate c = scanned.get(t.callId());
        if (c == null) continue;
        SpeakerDirectory speakers = new SpeakerDirectory(c.data.path("parties"));
        // Metadata matches come first; transcript matches fill the rest of the per-call budget.
        int budget = Math.max(maxMatches, c.matches.size());
        c.transcriptMatches += matcher.matchTranscript(t.transcript(), speakers, c.matches, budget);
        if (++done % 100 == 0) progress.progress("searching transcripts", done, scanned.size());
      }
    }
  }

  /** A scanned call with what matched in it. */
  private static final class Candidate {
    final JsonNode data;
    final Instant started;
    final List<Match> matches = new ArrayList<>();
    int transcriptMatches;

    Candidate(JsonNode data) {
      this.data = data;
      JsonNode v = data.path("metaData").path("started");
      Instant at = null;
      try {
        at = v.isTextual() ? OffsetDateTime.parse(v.textValue()).toInstant() : null;
      } catch (DateTimeParseException e) {
        // an unparseable start sorts last
      }
      this.started = at;
    }

    Instant started() {
      return started;
    }

    int metadataMatches() {
      int n = 0;
      for (Match m : matches) {
        if (!m.field().equals("transcript")) n++;
      }
      return n;
    }
  }
}
