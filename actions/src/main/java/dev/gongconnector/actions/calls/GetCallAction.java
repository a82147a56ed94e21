package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContentSelector.Field;
import dev.gongconnector.client.calls.ExtensiveRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code get_call}: one call by id in the product description's shape. Reads Gong's extensive data
 * for the id (parties always, content and media when asked) so the host's name and the parties'
 * affiliations are there; when the extensive data has no such call it falls back to {@code GET
 * /v2/calls/{id}} (basic data, or Gong's 404 as {@code not_found}).
 */
public final class GetCallAction extends BaseAction {

  public static final String NAME = "get_call";

  private final GongClient client;

  public GetCallAction(GongClient client) {
    super(
        NAME,
        List.of("get-call", "call"),
        """
        Get one call by its Gong call id: title, actualStart, duration (seconds), primaryUser (userId, name, \
        emailAddress), parties (name, emailAddress, phoneNumber, title, affiliation Internal/External, userId, \
        speakerId), direction, disposition, purpose, scope, url; media (audioUrl, videoUrl; they expire after \
        8 hours) when include_media is true; content (topics, trackers, brief, outline, highlights, key \
        points, call outcome, points of interest) and interaction stats when include_content is true; CRM \
        context with context Basic/Extended. For the words spoken use retrieve_transcripts_of_calls. \
        Answers not_found when Gong has no call with this id.""",
        ParamSet.of(
            Param.string("call_id", "The Gong call id (a string of up to 20 digits).")
                .requiredParam()
                .withAliases("id")
                .gongId(),
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
  protected JsonNode run(Params p, ProgressListener progress) {
    String callId = p.string("call_id").strip();
    boolean content = p.flag("include_content");
    boolean media = p.flag("include_media");
    ContentSelector.Builder selector =
        ContentSelector.builder()
            .context(Selectors.contextLevel(p.string("context")))
            .include(Field.PARTIES);
    if (content) Selectors.allContent(selector);
    if (media) selector.include(Field.MEDIA);
    Optional<CallData> found;
    try (Stream<CallData> calls =
        client.calls().extensive(ExtensiveRequest.forCallIds(List.of(callId), selector.build()))) {
      found = calls.filter(c -> callId.equals(c.id())).findFirst();
    }
    if (found.isPresent()) {
      return CallView.of(Json.tree(found.get()), Map.of(), media, content);
    }
    // Extensive data can lag behind a freshly added call (unconfirmed: connectors report calls
    // appearing late);
    // the basic record, or Gong's 404, is the answer then.
    Call basic = client.calls().get(callId);
    ObjectNode wrapper = Json.object();
    wrapper.set("metaData", Json.tree(basic));
    ObjectNode view = CallView.of(wrapper, Map.of(), false, false);
    view.put(
        "note",
        "Gong has no extensive data for this call yet (it may still be processing); "
            + "parties, media and content are not available.");
    return view;
  }
}
