package dev.gongconnector.actions.transcripts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Coverage;
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
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.TranscriptRequest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
public final class RetrieveTranscriptsAction
    extends TypedAction<RetrieveTranscriptsAction.Request> {

  /**
   * The parsed parameters. Without call ids the range has both ends (defaults filled); with call
   * ids it is as given (either end may be null).
   */
  public record Request(
      List<String> callIds,
      Ranges.Range range,
      String workspaceId,
      int maxCalls,
      int maxSentencesPerCall,
      boolean includeSpeakers,
      boolean asText,
      Order order) {}

  /**
   * The answer. By range it carries the coverage of the calls read (with {@code truncated}); by
   * call ids, {@code truncated} and the ids Gong had no transcript for ({@code note} then says why
   * that may be; the two notes never meet).
   */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<TranscriptView> transcripts,
      int count,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean truncated,
      @JsonUnwrapped Coverage.Report coverage,
      List<String> missingCallIds,
      String note,
      Ranges.Range range) {}

  private final GongClient client;

  public RetrieveTranscriptsAction(GongClient client) {
    super(
        "retrieve_transcripts_of_calls",
        List.of(
            "retrieve-transcripts-of-calls", "get_transcripts", "get-transcripts", "transcripts"),
        List.of("default", "calls"),
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
            CommonParams.order()));
    this.client = client;
    lists("transcripts", null); // rows of varying shape
  }

  @Override
  protected Request request(Params p) {
    List<String> callIds = p.strings("call_ids");
    // Gong refuses callIds together with workspaceId (reported by public connectors, unconfirmed in
    // Gong's docs).
    if (!callIds.isEmpty() && p.text("workspace_id").isPresent()) {
      throw new InvalidParameterException(
          "workspace_id",
          "parameter 'workspace_id' cannot be combined with "
              + "'call_ids' (Gong refuses both together); give one of them");
    }
    return new Request(
        callIds,
        callIds.isEmpty() ? Ranges.withDefaults(p) : Ranges.asGiven(p),
        p.text("workspace_id").orElse(null),
        p.intValue("max_calls"),
        p.intValue("max_sentences_per_call"),
        p.flag("include_speakers"),
        "text".equals(p.string("format")),
        Coverage.order(p));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    List<CallTranscript> transcripts = new ArrayList<>();
    boolean truncated = false;
    Coverage.Report coverage = null;
    if (r.callIds().isEmpty()) {
      // By date range: the newest (or oldest) max_calls calls of the range, then their
      // transcripts in that order (Gong's transcript listing is oldest first only).
      Collected<Call> listed =
          client
              .calls()
              .collect(
                  CallListRequest.of(
                          r.range().from().atOffset(ZoneOffset.UTC),
                          r.range().to().atOffset(ZoneOffset.UTC))
                      .withWorkspaceId(r.workspaceId()),
                  r.maxCalls(),
                  r.order());
      List<String> ids = listed.items().stream().map(Call::id).toList();
      // One progress event per transcript, as for call_ids (MCP clients show it per call).
      for (CallTranscript t : client.calls().transcriptsFor(ids)) {
        transcripts.add(t);
        progress.progress("reading transcripts", transcripts.size(), ids.size());
      }
      truncated = listed.truncated();
      coverage = Coverage.report(listed, r.order());
    } else {
      TranscriptRequest.Builder request = TranscriptRequest.builder().callIds(r.callIds());
      if (r.range().from() != null) request.fromDateTime(r.range().from());
      if (r.range().to() != null) request.toDateTime(r.range().to());
      try (Stream<CallTranscript> stream = client.calls().transcripts(request.build())) {
        Iterator<CallTranscript> it = stream.iterator();
        while (it.hasNext()) {
          CallTranscript t = it.next();
          if (transcripts.size() == r.maxCalls()) {
            truncated = true;
            break;
          }
          transcripts.add(t);
          progress.progress("reading transcripts", transcripts.size(), r.maxCalls());
        }
      }
    }

    Map<String, CallData> calls = r.includeSpeakers() ? callData(transcripts) : Map.of();
    List<TranscriptView> out = new ArrayList<>();
    for (CallTranscript t : transcripts) {
      out.add(
          TranscriptView.of(
              t, calls.get(t.callId()), r.maxSentencesPerCall(), r.includeSpeakers(), r.asText()));
    }
    List<String> missing = null;
    String note = null;
    if (!truncated && !r.callIds().isEmpty()) {
      // Gong answers only the ids it has (in the range, if one was given): name the others, so an
      // agent does not read "no transcript" into a mistyped id.
      Set<String> absent = new LinkedHashSet<>(r.callIds());
      transcripts.forEach(t -> absent.remove(t.callId()));
      if (!absent.isEmpty()) {
        missing = List.copyOf(absent);
        note =
            "Gong returned no transcript for "
                + missing.size()
                + " of the requested call ids: "
                + "unknown ids, calls outside the date range, or calls not transcribed yet";
      }
    }
    Ranges.Range range = r.range().from() != null || r.range().to() != null ? r.range() : null;
    return new Answer(
        out, out.size(), coverage == null ? truncated : null, coverage, missing, note, range);
  }

  /** Parties and metadata of the calls, by id; Gong serves them only with the extensive data. */
  private Map<String, CallData> callData(List<CallTranscript> transcripts) {
    Map<String, CallData> out = new HashMap<>();
    if (transcripts.isEmpty()) return out;
    List<String> ids = transcripts.stream().map(CallTranscript::callId).toList();
    try (Stream<CallData> stream =
        client.calls().extensive(ExtensiveRequest.forCallIds(ids, ContentSelector.parties()))) {
      stream.forEach(c -> out.put(c.id(), c));
    }
    return out;
  }
}
