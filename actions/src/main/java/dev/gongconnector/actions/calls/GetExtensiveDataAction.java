package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Coverage;
import dev.gongconnector.actions.internal.Ranges;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContentSelector.Field;
import dev.gongconnector.client.calls.ContextLevel;
import dev.gongconnector.client.calls.ContextTiming;
import dev.gongconnector.client.calls.ExtensiveRequest;
import java.util.List;

/**
 * {@code get_extensive_data}: Gong's {@code POST /v2/calls/extensive} with every filter and
 * selector of the product description, paging internally up to {@code max_results} (default 600).
 */
public final class GetExtensiveDataAction extends TypedAction<GetExtensiveDataAction.Request> {

  public static final String NAME = "get_extensive_data";

  /** The parsed parameters: Gong's request, how many calls at most and which end of the range. */
  public record Request(ExtensiveRequest extensive, int maxResults, Order order) {}

  /** The answer: Gong's call objects unchanged, how many, what the read covered. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<CallData> calls,
      int count,
      @JsonUnwrapped Coverage.Report coverage,
      int maxResults) {}

  private final GongClient client;

  public GetExtensiveDataAction(GongClient client) {
    super(
        NAME,
        List.of("get-extensive-data", "extensive"),
        """
        List detailed call data in Gong's own structure: metaData per call, plus the blocks you select: \
        parties (include_parties), content (structure, topics, trackers, trackerOccurrences, pointsOfInterest, \
        brief, outline, highlights, callOutcome, keyPoints), interaction (speakers, video, \
        personInteractionStats, questions), public comments, media URLs, CRM context. Filter by date range, \
        workspace, call ids and host user ids (without any filter Gong returns all calls, earliest first). \
        Only what is selected is returned: select little, results are large (100 calls with everything \
        can be hundreds of KB). Pages through Gong (100 calls a request) up to max_results and says \
        truncated=true when more calls matched. Newest first: a cut-off answer keeps the most recent calls \
        (order=oldest_first for the earliest) and says which part of the range it covers (covered). \
        Next: retrieve_transcripts_of_calls for the words, get_call for one call in the seed's shape.""",
        ParamSet.of(
            CommonParams.fromDate("calls"),
            CommonParams.toDate("calls"),
            CommonParams.workspaceId(),
            CommonParams.callIds(" If not given, all calls of the range."),
            CommonParams.primaryUserIds(),
            CommonParams.maxResults(600, 10_000, "calls"),
            CommonParams.order(),
            CommonParams.context(),
            Param.strings(
                "context_timing",
                "When CRM values are taken: Now and/or TimeOfCall. Only valid "
                    + "with context Extended."),
            Param.bool(
                    "include_parties",
                    "Include the participants (name, email, title, affiliation, " + "speakerId).")
                .withDefault(false),
            Param.flags(
                    "content",
                    "Content blocks to include, as booleans (or a list of names): "
                        + String.join(", ", Selectors.CONTENT_FLAGS)
                        + ". trackerOccurrences brings trackers along.",
                    Selectors.CONTENT_FLAGS)
                .withAliases("content_selector"),
            Param.flags(
                "interaction",
                "Interaction blocks to include, as booleans (or a list of names): "
                    + String.join(", ", Selectors.INTERACTION_FLAGS)
                    + ".",
                Selectors.INTERACTION_FLAGS),
            Param.bool("include_public_comments", "Include public comments on the call.")
                .withDefault(false)
                .withAliases("public_comments"),
            CommonParams.includeMedia()),
        false);
    this.client = client;
    lists("calls", null); // rows of varying shape
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "calls");
  }

  @Override
  protected Request request(Params p) {
    Ranges.Range range = Ranges.asGiven(p);
    ContextLevel level = Selectors.contextLevel(p.string("context"));
    ContentSelector.Builder selector = ContentSelector.builder().context(level);
    List<ContextTiming> timing = Selectors.contextTiming(p.strings("context_timing"), level);
    if (!timing.isEmpty()) selector.contextTiming(timing.toArray(new ContextTiming[0]));
    if (p.flag("include_parties")) selector.include(Field.PARTIES);
    Selectors.apply(selector, p.flags("content"));
    Selectors.apply(selector, p.flags("interaction"));
    if (p.flag("include_public_comments")) selector.include(Field.PUBLIC_COMMENTS);
    if (p.flag("include_media")) selector.include(Field.MEDIA);
    ExtensiveRequest.Builder request =
        ExtensiveRequest.builder()
            .workspaceId(p.text("workspace_id").orElse(null))
            .contentSelector(selector.build());
    if (range.from() != null) request.fromDateTime(range.from());
    if (range.to() != null) request.toDateTime(range.to());
    if (!p.strings("call_ids").isEmpty()) request.callIds(p.strings("call_ids"));
    if (!p.strings("primary_user_ids").isEmpty()) {
      request.primaryUserIds(p.strings("primary_user_ids"));
    }
    return new Request(request.build(), p.intValue("max_results"), Coverage.order(p));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    progress.progress("reading extensive data", 0, r.maxResults());
    Collected<CallData> read =
        client.calls().collectExtensive(r.extensive(), r.maxResults(), r.order());
    return new Answer(
        read.items(), read.items().size(), Coverage.report(read, r.order()), r.maxResults());
  }
}
