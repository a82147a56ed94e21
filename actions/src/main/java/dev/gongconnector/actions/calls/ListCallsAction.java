package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Coverage;
import dev.gongconnector.actions.internal.Json;
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
public final class ListCallsAction extends BaseAction {

  public static final String NAME = "list_calls";

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
        max_results.""",
        ParamSet.of(
            CommonParams.fromDate("calls"),
            CommonParams.toDate("calls"),
            CommonParams.workspaceId(),
            CommonParams.maxResults(100, 10_000, "calls"),
            CommonParams.order()),
        false);
    this.client = client;
  }

  @Override
  protected void validate(Params p) {
    Ranges.withDefaults(p);
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    Ranges.Range range = Ranges.withDefaults(p);
    CallListRequest request =
        CallListRequest.of(range.from(), range.to())
            .withWorkspaceId(p.text("workspace_id").orElse(null));
    int max = p.intValue("max_results");
    Order order = Coverage.order(p);
    progress.progress("listing calls", 0, max);
    Collected<Call> read = client.calls().collect(request, max, order);
    ArrayNode calls = Json.array();
    read.items().forEach(call -> calls.add(Json.tree(call)));
    ObjectNode data = Json.object();
    data.set("calls", calls);
    data.put("count", calls.size());
    Coverage.describe(data, read, order);
    data.set("range", range.toJson());
    return data;
  }
}
