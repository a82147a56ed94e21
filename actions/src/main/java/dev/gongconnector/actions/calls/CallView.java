package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.internal.Json;
import java.util.Map;

/**
 * Shapes one call of Gong's extensive data ({@code metaData}, {@code parties}, {@code content},
 * {@code media}, ...) into the compact form of the product description's {@code get-call} example:
 * {@code callId, title, actualStart, duration, primaryUser {userId, name, emailAddress}, parties
 * with affiliation, direction, disposition, media {audioUrl, videoUrl}}, plus a few Gong fields an
 * agent needs (url, purpose, scope, workspaceId) and {@code content}/{@code context} when they were
 * fetched.
 */
public final class CallView {

  private CallView() {}

  /**
   * @param callData one element of Gong's {@code calls} array from {@code POST /v2/calls/extensive}
   * @param users known users by id (may be empty), used when the host is not among the parties
   * @param includeMedia whether to add {@code media}
   * @param includeContent whether to add {@code content} (and {@code interaction})
   */
  public static ObjectNode of(
      JsonNode callData,
      Map<String, JsonNode> users,
      boolean includeMedia,
      boolean includeContent) {
    JsonNode meta = callData.path("metaData");
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "callId", text(meta, "id"));
    Json.putIfPresent(out, "title", text(meta, "title"));
    Json.putIfPresent(out, "url", text(meta, "url"));
    Json.putIfPresent(out, "actualStart", text(meta, "started"));
    Json.putIfPresent(out, "scheduled", text(meta, "scheduled"));
    if (meta.hasNonNull("duration")) out.set("duration", meta.get("duration"));
    ObjectNode primary = primaryUser(text(meta, "primaryUserId"), callData.path("parties"), users);
    if (primary != null) out.set("primaryUser", primary);
    ArrayNode parties = parties(callData.path("parties"));
    if (parties != null) out.set("parties", parties);
    Json.putIfPresent(out, "direction", text(meta, "direction"));
    Json.putIfPresent(out, "disposition", text(meta, "sdrDisposition"));
    Json.putIfPresent(out, "purpose", text(meta, "purpose"));
    Json.putIfPresent(out, "scope", text(meta, "scope"));
    Json.putIfPresent(out, "system", text(meta, "system"));
    Json.putIfPresent(out, "language", text(meta, "language"));
    Json.putIfPresent(out, "workspaceId", text(meta, "workspaceId"));
    Json.putIfPresent(out, "clientUniqueId", text(meta, "clientUniqueId"));
    if (includeMedia) {
      ObjectNode media = Json.object();
      Json.putIfPresent(media, "audioUrl", text(callData.path("media"), "audioUrl"));
      Json.putIfPresent(media, "videoUrl", text(callData.path("media"), "videoUrl"));
      out.set("media", media);
    }
    if (includeContent) {
      if (callData.hasNonNull("content")) out.set("content", callData.get("content"));
      if (callData.hasNonNull("interaction")) out.set("interaction", callData.get("interaction"));
    }
    if (callData.path("context").isArray() && !callData.get("context").isEmpty()) {
      out.set("context", callData.get("context"));
    }
    return out;
  }

  private static ObjectNode primaryUser(
      String userId, JsonNode parties, Map<String, JsonNode> users) {
    if (userId == null) return null;
    ObjectNode out = Json.object();
    out.put("userId", userId);
    for (JsonNode p : parties) {
      if (userId.equals(text(p, "userId"))) {
        Json.putIfPresent(out, "name", text(p, "name"));
        Json.putIfPresent(out, "emailAddress", text(p, "emailAddress"));
        return out;
      }
    }
    JsonNode user = users.get(userId);
    if (user != null) {
      String name =
          (nullToEmpty(text(user, "firstName")) + " " + nullToEmpty(text(user, "lastName")))
              .strip();
      Json.putIfPresent(out, "name", name);
      Json.putIfPresent(out, "emailAddress", text(user, "emailAddress"));
    }
    return out;
  }

  private static ArrayNode parties(JsonNode parties) {
    if (!parties.isArray()) return null;
    ArrayNode out = Json.array();
    for (JsonNode p : parties) {
      ObjectNode party = Json.object();
      Json.putIfPresent(party, "name", text(p, "name"));
      Json.putIfPresent(party, "emailAddress", text(p, "emailAddress"));
      Json.putIfPresent(party, "phoneNumber", text(p, "phoneNumber"));
      Json.putIfPresent(party, "title", text(p, "title"));
      Json.putIfPresent(party, "affiliation", text(p, "affiliation"));
      Json.putIfPresent(party, "userId", text(p, "userId"));
      Json.putIfPresent(party, "speakerId", text(p, "speakerId"));
      out.add(party);
    }
    return out;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
