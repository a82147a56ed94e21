package dev.gongconnector.actions.calls;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContentSelector.Field;
import dev.gongconnector.client.calls.ContextLevel;
import dev.gongconnector.client.calls.ExtensiveRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code get_call}: one call by id as a {@link CallView}. Reads Gong's extensive data for the id
 * (parties always, content and media when asked) so the host's name and the parties' affiliations
 * are there; when the extensive data has no such call it falls back to {@code GET /v2/calls/{id}}
 * (basic data, or Gong's 404 as {@code not_found}).
 */
public final class GetCallAction extends TypedAction<GetCallAction.Request> {

  public static final String NAME = "get_call";

  /** The parsed parameters. */
  public record Request(
      String callId, boolean includeContent, boolean includeMedia, ContextLevel context) {}

  private final GongClient client;

  public GetCallAction(GongClient client) {
    super(
        NAME,
        List.of("get-call", "call"),
        """
        Get one call by its Gong call id, under Gong's field names: id, title, started, duration \
        (seconds), url, primaryUserId and primaryUser (userId, name, emailAddress), parties (name, \
        emailAddress, phoneNumber, title, affiliation Internal/External, userId, speakerId), direction, \
        sdrDisposition, purpose, scope; media (audioUrl, videoUrl; they expire after 8 hours) when \
        include_media is true; content (topics, trackers, brief, outline, highlights, key points, call \
        outcome, points of interest) and interaction stats when include_content is true; CRM context with \
        context Basic/Extended. For the words spoken use retrieve_transcripts_of_calls. \
        Answers not_found when Gong has no call with this id. \
        Next: retrieve_transcripts_of_calls for what was said, get_extensive_data for trackers and topics.""",
        ParamSet.of(
            CommonParams.id("call_id", "The Gong call id (a string of up to 20 digits)."),
            Param.bool(
                    "include_content",
                    "Include the call's content analysis (topics, trackers, brief, outline, "
                        + "highlights, key points, call outcome) and interaction stats.")
                .withDefault(false),
            CommonParams.includeMedia(),
            CommonParams.context()),
        false);
    this.client = client;
  }

  @Override
  public List<String> toolsets() {
    return List.of("default", "calls");
  }

  @Override
  protected Request request(Params p) {
    return new Request(
        p.string("call_id").strip(),
        p.flag("include_content"),
        p.flag("include_media"),
        Selectors.contextLevel(p.string("context")));
  }

  @Override
  protected CallView answer(Request r, ProgressListener progress) {
    ContentSelector.Builder selector =
        ContentSelector.builder().context(r.context()).include(Field.PARTIES);
    if (r.includeContent()) Selectors.allContent(selector);
    if (r.includeMedia()) selector.include(Field.MEDIA);
    Optional<CallData> found;
    try (Stream<CallData> calls =
        client
            .calls()
            .extensive(ExtensiveRequest.forCallIds(List.of(r.callId()), selector.build()))) {
      found = calls.filter(c -> r.callId().equals(c.id())).findFirst();
    }
    if (found.isPresent()) return CallView.of(found.get(), r.includeMedia(), r.includeContent());
    // Extensive data can lag behind a freshly added call (unconfirmed: connectors report calls
    // appearing late); the basic record, or Gong's 404, is the answer then.
    return CallView.basic(
        client.calls().get(r.callId()),
        "Gong has no extensive data for this call yet (it may still be processing); "
            + "parties, media and content are not available.");
  }
}
