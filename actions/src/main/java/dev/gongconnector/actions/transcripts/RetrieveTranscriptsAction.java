package dev.gongconnector.actions.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Coverage;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ExtensiveRequest;
import dev.gongconnector.client.calls.Party;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.Monologue;
import dev.gongconnector.client.transcripts.Sentence;
import dev.gongconnector.client.transcripts.TranscriptRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code retrieve_transcripts_of_calls}: transcripts by date range and/or call ids, each sentence
 * with the speaker's name and affiliation (joined from the calls' parties, one extra request per
 * 100 calls).
 */
public final class RetrieveTranscriptsAction extends BaseAction {

  public static final String NAME = "retrieve_transcripts_of_calls";

  private final GongClient client;

  public RetrieveTranscriptsAction(GongClient client) {
    super(
        NAME,
        List.of(
            "retrieve-transcripts-of-calls", "get_transcripts", "get-transcripts", "transcripts"),
        """
        Get what was said in calls: for each call its title, start, speakers (name, affiliation \
        Internal/External/Unknown, email) and the sentences in order, each with startMs/endMs (milliseconds \
        from the start of the call), speaker name, affiliation, topic and text. Select calls by call_ids \
        and/or a date range (without either, the last 30 days); workspace_id cannot be combined with \
        call_ids. Transcripts are long (a one-hour call has roughly 500-900 sentences): keep max_calls small, \
        use max_sentences_per_call, and prefer format=text (one readable line per speaker turn, about half \
        the size); the answer says truncated=true when something was cut. By date range the newest calls \
        come first (order=oldest_first for the earliest); calls without a transcript are left out. To find \
        calls mentioning a word use search_calls first. \
        Next: get_call for a call's details, search_transcripts to find sentences across many calls.""",
        ParamSet.of(
            CommonParams.callIds(
                " Only these calls (combined with the range when dates are also given)."),
            CommonParams.fromDate("calls"),
            CommonParams.toDate("calls"),
            CommonParams.workspaceId(),
            Param.integer("max_calls", "At most this many transcripts are returned (default 20).")
                .withRange(1, 1000)
                .withDefault(20)
                .withAliases("max_results", "limit"),
            Param.integer(
                    "max_sentences_per_call",
                    "At most this many sentences per call, from the start "
                        + "(default 1000; 0 = all).")
                .withRange(0, 100_000)
                .withDefault(1000),
            Param.bool(
                    "include_speakers",
                    "Join sentences with the calls' parties to name the speakers (one "
                        + "extra request per 100 calls). When false, speakers are only ids.")
                .withDefault(true),
            Param.string(
                    "format",
                    "sentences (default): a list of {startMs, endMs, speaker, affiliation, topic, "
                        + "text}; text: one readable string per call, a line per monologue as "
                        + "\"[m:ss] Name (Affiliation): words\", about half the size.")
                .withEnum("sentences", "text")
                .withDefault("sentences"),
            CommonParams.order()),
        false);
    this.client = client;
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "calls");
  }

  @Override
  protected void validate(Params p) {
    // Gong refuses callIds together with workspaceId (reported by public connectors, unconfirmed in
    // Gong's docs).
    if (!p.strings("call_ids").isEmpty() && p.text("workspace_id").isPresent()) {
      throw new InvalidParameterException(
          "workspace_id",
          "parameter 'workspace_id' cannot be combined with "
              + "'call_ids' (Gong refuses both together); give one of them");
    }
    Ranges.asGiven(p);
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    List<String> callIds = p.strings("call_ids");
    Ranges.Range range =
        callIds.isEmpty() || p.has("from_date") || p.has("to_date")
            ? (callIds.isEmpty() ? Ranges.withDefaults(p) : Ranges.asGiven(p))
            : new Ranges.Range(null, null);
    TranscriptRequest.Builder request =
        TranscriptRequest.builder().workspaceId(p.text("workspace_id").orElse(null));
    if (range.from() != null) request.fromDateTime(range.from());
    if (range.to() != null) request.toDateTime(range.to());
    if (!callIds.isEmpty()) request.callIds(callIds);

    int maxCalls = p.intValue("max_calls");
    List<CallTranscript> transcripts = new ArrayList<>();
    boolean truncated = false;
    Collected<Call> listed = null;
    Order order = Coverage.order(p);
    if (callIds.isEmpty()) {
      // By date range: the newest (or oldest) max_calls calls of the range, then their
      // transcripts in that order (Gong's transcript listing is oldest first only).
      listed =
          client
              .calls()
              .collect(
                  CallListRequest.of(
                          range.from().atOffset(ZoneOffset.UTC),
                          range.to().atOffset(ZoneOffset.UTC))
                      .withWorkspaceId(p.text("workspace_id").orElse(null)),
                  maxCalls,
                  order);
      List<String> ids = listed.items().stream().map(Call::id).toList();
      for (CallTranscript t : client.calls().transcriptsFor(ids)) {
        transcripts.add(t);
        progress.progress("reading transcripts", transcripts.size(), ids.size());
      }
      truncated = listed.truncated();
    } else {
      try (Stream<CallTranscript> stream = client.calls().transcripts(request.build())) {
        Iterator<CallTranscript> it = stream.iterator();
        while (it.hasNext()) {
          CallTranscript t = it.next();
          if (transcripts.size() == maxCalls) {
            truncated = true;
            break;
          }
          transcripts.add(t);
          progress.progress("reading transcripts", transcripts.size(), maxCalls);
        }
      }
    }

    Map<String, CallData> calls = p.flag("include_speakers") ? callData(transcripts) : Map.of();
    int maxSentences = p.intValue("max_sentences_per_call");
    ArrayNode out = Json.array();
    for (CallTranscript t : transcripts) {
      out.add(
          toJson(
              t,
              calls.get(t.callId()),
              maxSentences,
              p.flag("include_speakers"),
              "text".equals(p.string("format"))));
    }
    ObjectNode data = Json.object();
    data.set("transcripts", out);
    data.put("count", out.size());
    data.put("truncated", truncated);
    if (listed != null) {
      Coverage.describe(data, listed, order);
      data.put("count", out.size());
    }
    if (!truncated && !callIds.isEmpty()) {
      // Gong answers only the ids it has (in the range, if one was given): name the others, so an
      // agent
      // does not read "no transcript" into a mistyped id.
      Set<String> returned = new HashSet<>();
      transcripts.forEach(t -> returned.add(t.callId()));
      ArrayNode missing = Json.array();
      new LinkedHashSet<>(callIds)
          .stream().filter(id -> !returned.contains(id)).forEach(missing::add);
      if (!missing.isEmpty()) {
        data.set("missingCallIds", missing);
        data.put(
            "note",
            "Gong returned no transcript for "
                + missing.size()
                + " of the requested call ids: "
                + "unknown ids, calls outside the date range, or calls not transcribed yet");
      }
    }
    if (range.from() != null || range.to() != null) data.set("range", range.toJson());
    return data;
  }

  /** Parties and metadata of the calls, by id; Gong serves them only with the extensive data. */
  private Map<String, CallData> callData(List<CallTranscript> transcripts) {
    Map<String, CallData> out = new HashMap<>();
    if (transcripts.isEmpty()) return out;
    List<String> ids = new ArrayList<>();
    transcripts.forEach(t -> ids.add(t.callId()));
    try (Stream<CallData> stream =
        client.calls().extensive(ExtensiveRequest.forCallIds(ids, ContentSelector.parties()))) {
      stream.forEach(c -> out.put(c.id(), c));
    }
    return out;
  }

  static ObjectNode toJson(
      CallTranscript t, CallData call, int maxSentences, boolean named, boolean asText) {
    ObjectNode node = Json.object();
    node.put("callId", t.callId());
    List<Party> parties = null;
    if (call != null && call.metaData() != null) {
      Json.putIfPresent(node, "title", call.metaData().title());
      if (call.metaData().started() != null) {
        // OffsetDateTime.toString() drops zero seconds ("09:30Z"); write what Gong and get_call
        // write.
        node.put(
            "started", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(call.metaData().started()));
      }
      parties = call.parties();
    }
    SpeakerDirectory speakers = new SpeakerDirectory(parties);
    ArrayNode sentences = Json.array();
    StringBuilder text = new StringBuilder();
    Map<String, ObjectNode> speakerNodes = new java.util.LinkedHashMap<>();
    int total = 0;
    int kept = 0;
    for (Monologue m : t.transcript()) {
      SpeakerDirectory.Speaker speaker = speakers.resolve(m.speakerId());
      if (named)
        speakerNodes.computeIfAbsent(
            m.speakerId() == null ? "" : m.speakerId(), k -> speaker.toJson());
      boolean lineOpen = false;
      for (Sentence s : m.sentences()) {
        total++;
        if (maxSentences > 0 && kept >= maxSentences) continue;
        kept++;
        if (asText) {
          if (!lineOpen) {
            text.append('[')
                .append(Clock.format(s.start()))
                .append("] ")
                .append(
                    named
                        ? speaker.name() + " (" + speaker.affiliation() + ")"
                        : "Speaker " + m.speakerId())
                .append(':');
            lineOpen = true;
          }
          text.append(' ').append(s.text());
          continue;
        }
        ObjectNode sentence = Json.object();
        sentence.put("startMs", s.start());
        sentence.put("endMs", s.end());
        if (named) {
          sentence.put("speaker", speaker.name());
          sentence.put("affiliation", speaker.affiliation());
        } else {
          Json.putIfPresent(sentence, "speakerId", m.speakerId());
        }
        Json.putIfPresent(sentence, "topic", m.topic()); // Gong may send no topic (unconfirmed)
        sentence.put("text", s.text());
        sentences.add(sentence);
      }
      if (lineOpen) text.append('\n');
    }
    if (named) {
      ArrayNode list = Json.array();
      speakerNodes.values().forEach(list::add);
      node.set("speakers", list);
    }
    if (asText) {
      node.put("text", text.toString());
    } else {
      node.set("sentences", sentences);
    }
    node.put("sentenceCount", total);
    node.put("truncated", kept < total);
    return node;
  }
}
