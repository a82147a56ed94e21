package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallContent;
import dev.gongconnector.client.calls.CallContext;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallInteraction;
import dev.gongconnector.client.calls.CallMedia;
import dev.gongconnector.client.calls.Party;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One call as {@code get_call} and {@code search_calls} show it: Gong's own call fields under
 * Gong's names ({@code id, title, url, started, scheduled, duration, primaryUserId, direction,
 * sdrDisposition, purpose, scope, system, language, workspaceId, clientUniqueId}, as {@code
 * list_calls} and the library's hits name them), the host as {@code primaryUser}, Gong's {@code
 * parties}, and {@code media}, {@code content}, {@code interaction} and CRM {@code context} when
 * they were asked for.
 *
 * @param note why parts are missing (Gong has no extensive data for the call yet)
 */
public record CallView(
    String id,
    String title,
    String url,
    OffsetDateTime started,
    OffsetDateTime scheduled,
    Long duration,
    String primaryUserId,
    PrimaryUser primaryUser,
    List<Party> parties,
    String direction,
    String sdrDisposition,
    String purpose,
    String scope,
    String system,
    String language,
    String workspaceId,
    String clientUniqueId,
    CallMedia media,
    CallContent content,
    CallInteraction interaction,
    List<CallContext> context,
    String note) {

  /** The call's host, with the name and email of their party when Gong listed one. */
  public record PrimaryUser(String userId, String name, String emailAddress) {}

  /**
   * @param includeMedia whether to show {@code media} (audio and video URLs)
   * @param includeContent whether to show {@code content} and {@code interaction}
   */
  public static CallView of(CallData call, boolean includeMedia, boolean includeContent) {
    return of(call, includeMedia, includeContent, null);
  }

  /** The basic data of {@code GET /v2/calls/{id}} only, with {@code note} saying why. */
  static CallView basic(Call call, String note) {
    return of(new CallData(call, null, null, null, null, null, null), false, false, note);
  }

  private static CallView of(
      CallData call, boolean includeMedia, boolean includeContent, String note) {
    Call m = call.metaData() == null ? EMPTY : call.metaData();
    return new CallView(
        m.id(),
        m.title(),
        m.url(),
        m.started(),
        m.scheduled(),
        m.duration(),
        m.primaryUserId(),
        primaryUser(m.primaryUserId(), call.parties()),
        call.parties(),
        m.direction(),
        m.sdrDisposition(),
        m.purpose(),
        m.scope(),
        m.system(),
        m.language(),
        m.workspaceId(),
        m.clientUniqueId(),
        includeMedia ? mediaOf(call) : null,
        includeContent ? call.content() : null,
        includeContent ? call.interaction() : null,
        call.context(),
        note);
  }

  /**
   * The view of Gong's JSON of a call (extensive data, or the library's stored copy) as a tree, for
   * answers still built as trees ({@code search_calls}).
   */
  public static ObjectNode of(
      JsonNode callData,
      Map<String, JsonNode> users,
      boolean includeMedia,
      boolean includeContent) {
    try {
      CallData call = Json.mapper().treeToValue(callData, CallData.class);
      return Json.mapper().valueToTree(of(call, includeMedia, includeContent));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a call that is not Gong's call JSON: " + e.getMessage(), e);
    }
  }

  private static final Call EMPTY =
      new Call(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null);

  private static CallMedia mediaOf(CallData call) {
    // An empty object rather than nothing: the caller asked, and Gong has no media (yet).
    return call.media() == null ? new CallMedia(null, null) : call.media();
  }

  private static PrimaryUser primaryUser(String userId, List<Party> parties) {
    if (userId == null) return null;
    for (Party p : parties == null ? List.<Party>of() : parties) {
      if (userId.equals(p.userId())) return new PrimaryUser(userId, p.name(), p.emailAddress());
    }
    return new PrimaryUser(userId, null, null);
  }
}
