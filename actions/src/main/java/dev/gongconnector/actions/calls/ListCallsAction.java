package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Coverage;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallListRequest;
import java.util.List;

/** {@code list_calls}: calls of a date range (Gong's {@code GET /v2/calls}), basic metadata. */
public final class ListCallsAction extends TypedAction<ListCallsAction.Request> {

  public static final String NAME = "list_calls";

  /** The parsed parameters. */
  public record Request(Ranges.Range range, String workspaceId, int maxResults, Order order) {}

  /** The answer: Gong's calls as they are, how many, what the read covered and the range read. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<Call> calls,
      int count,
      @JsonUnwrapped Coverage.Report coverage,
      Ranges.Range range) {}

  private final GongClient client;

  public ListCallsAction(GongClient client) {
    super(
        NAME,
        List.of("list-calls", "calls"),
        """
        List the calls recorded in a date range, optionally in one workspace, with Gong's basic metadata \
        per call: id, url, title, scheduled and started times, duration (seconds), primaryUserId, \
        direction, scope (Internal/External), media (Audio/Video), language, workspaceId, purpose, \
        sdrDisposition, clientUniqueId, meetingUrl, isPrivate. Without dates it covers the last 30 days; \
        newest first: when the range holds more than max_results the most recent calls are returned \
        (order=oldest_first for the earliest). The answer states the range it read, Gong's totalRecords, \
        truncated and the part of the range it covers completely (covered). For parties, topics, trackers or briefs use get_extensive_data \
        or get_call; to find calls about a subject use search_calls. Reads 100 calls per request, up to \
        max_results. \
        Next: get_call or retrieve_transcripts_of_calls with a call id.""",
        ParamSet.of(
            CommonParams.fromDate("calls"),
            CommonParams.toDate("calls"),
            CommonParams.workspaceId(),
            CommonParams.maxResults(100, 10_000, "calls"),
            CommonParams.order()),
        false);
    this.client = client;
    lists("calls", Call.class);
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "calls");
  }

  @Override
  protected Request request(Params p) {
    return new Request(
        Ranges.withDefaults(p),
        p.text("workspace_id").orElse(null),
        p.intValue("max_results"),
        Coverage.order(p));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    progress.progress("listing calls", 0, r.maxResults());
    Collected<Call> read =
        client
            .calls()
            .collect(
                CallListRequest.of(r.range().from(), r.range().to())
                    .withWorkspaceId(r.workspaceId()),
                r.maxResults(),
                r.order());
    return new Answer(
        read.items(), read.items().size(), Coverage.report(read, r.order()), r.range());
  }
}
