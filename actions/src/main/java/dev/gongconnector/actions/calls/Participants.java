package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Names;
import dev.gongconnector.client.calls.NewCallParty;
import dev.gongconnector.client.calls.UploadContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code participants} of {@code add_new_call}: JSON objects with Gong's party fields
 * ({@code phoneNumber, emailAddress, name, mediaChannelId, userId, partyId, context}), any spelling
 * of each key; errors name {@code participants[i].field}.
 */
final class Participants {

  static final List<String> FIELDS =
      List.of(
          "phoneNumber", "emailAddress", "name", "mediaChannelId", "userId", "partyId", "context");

  private Participants() {}

  static List<NewCallParty> read(JsonNode array) {
    List<NewCallParty> out = new ArrayList<>();
    int i = 0;
    for (JsonNode item : array) {
      out.add(party(item, i++));
    }
    if (out.isEmpty()) {
      throw new InvalidParameterException(
          "participants",
          "parameter 'participants' needs at least one participant "
              + "(Gong requires a party for the primary user)");
    }
    return out;
  }

  private static NewCallParty party(JsonNode item, int index) {
    String where = "participants[" + index + "]";
    String phone = null;
    String email = null;
    String name = null;
    String partyId = null;
    String userId = null;
    Integer channel = null;
    List<UploadContext> context = List.of();
    Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = field(f.getKey(), where);
      JsonNode v = f.getValue();
      if (v == null || v.isNull()) continue;
      switch (key) {
        case "phoneNumber":
          phone = text(v, where, key);
          break;
        case "emailAddress":
          email = text(v, where, key);
          break;
        case "name":
          name = text(v, where, key);
          break;
        case "partyId":
          partyId = text(v, where, key);
          break;
        case "userId":
          userId = text(v, where, key);
          if (userId != null && !userId.matches("[0-9]{1,20}")) {
            throw new InvalidParameterException(
                "participants",
                where
                    + ".userId must be a Gong user id (up to 20 "
                    + "digits; see list_users), got '"
                    + userId
                    + "'");
          }
          break;
        case "mediaChannelId":
          channel = channel(v, where);
          break;
        case "context":
          context = contexts(v, where + ".context");
          break;
        default:
          throw new IllegalStateException(key);
      }
    }
    if (phone == null && email == null && name == null && userId == null) {
      throw new InvalidParameterException(
          "participants",
          where + " needs at least one of name, emailAddress, " + "phoneNumber or userId");
    }
    return new NewCallParty(phone, email, name, partyId, userId, channel, context);
  }

  private static String field(String given, String where) {
    String canonical = Names.canonical(given);
    if (canonical.equals("email")) return "emailAddress";
    if (canonical.equals("phone")) return "phoneNumber";
    for (String f : FIELDS) {
      if (Names.canonical(f).equals(canonical)) return f;
    }
    throw new InvalidParameterException(
        "participants",
        where + " has unknown field '" + given + "'; accepted: " + String.join(", ", FIELDS));
  }

  private static String text(JsonNode v, String where, String key) {
    if (v.isTextual()) return v.textValue().isBlank() ? null : v.textValue().strip();
    if (v.isIntegralNumber()) return v.bigIntegerValue().toString();
    throw new InvalidParameterException("participants", where + "." + key + " must be a string");
  }

  private static Integer channel(JsonNode v, String where) {
    String text = v.asText().strip();
    if ((v.isIntegralNumber() || v.isTextual()) && (text.equals("0") || text.equals("1"))) {
      return Integer.valueOf(text);
    }
    throw new InvalidParameterException(
        "participants",
        where
            + ".mediaChannelId must be 0 or 1 (the party's "
            + "channel in a stereo recording), got "
            + v);
  }

  /** CRM context: {@code [{system, objects:[{objectType, objectId}]}]}, as Gong documents it. */
  static List<UploadContext> contexts(JsonNode v, String where) {
    if (!v.isArray()) {
      throw new InvalidParameterException(
          where.startsWith("participants") ? "participants" : "context",
          where + " must be an array of {system, objects:[{objectType, objectId}]}");
    }
    List<UploadContext> out = new ArrayList<>();
    int i = 0;
    for (JsonNode c : v) {
      String at = where + "[" + i++ + "]";
      String param = where.startsWith("participants") ? "participants" : "context";
      if (!c.isObject() || !c.path("system").isTextual()) {
        throw new InvalidParameterException(
            param, at + " needs a system (Salesforce, HubSpot, MicrosoftDynamic " + "or Generic)");
      }
      for (JsonNode o : c.path("objects")) {
        if (!o.path("objectType").isTextual() || o.path("objectId").asText("").isBlank()) {
          throw new InvalidParameterException(
              param, at + ".objects[] need objectType and objectId");
        }
      }
      try {
        out.add(Json.mapper().treeToValue(c, UploadContext.class));
      } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
        throw new InvalidParameterException(
            param, at + " is not a valid context: " + firstLine(e.getMessage()));
      }
    }
    return out;
  }

  static String firstLine(String message) {
    if (message == null) return "invalid";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
