package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /v2/calls}: validates a {@code NewCallAddingRequest} and stores the call (200 {@code
 * {requestId, callId}}). Every refusal is a 400 naming the field, except:
 *
 * <ul>
 *   <li>a repeated {@code clientUniqueId}: 409 whose message contains the existing call id (status
 *       and text are our choice; Gong only says it prevents repeated uploads; unconfirmed), or
 *       leaves the id out when built with {@code duplicateMessageWithCallId = false}, so clients
 *       must find the call themselves;
 *   <li>an unknown {@code primaryUser}: 400 naming {@code primaryUser} (Gong's 409 is documented
 *       for "recording not enabled for the primary user", a user Gong knows, so an unknown id reads
 *       as a malformed request);
 *   <li>a {@code primaryUser} who is inactive: 409 "recording is not enabled for the primary user".
 * </ul>
 *
 * Rule for "a party must be provided for the primaryUser": some party's {@code userId} equals
 * {@code primaryUser}. (Matching by e-mail is not accepted: Gong's docs speak of the user's party.)
 * Nothing is stored unless everything is valid.
 */
public final class AddCallHandler {

  private static final Set<String> DIRECTIONS =
      Set.of("Inbound", "Outbound", "Conference", "Unknown");

  private final CallStore store;
  private final Company company;
  private final AtomicLong sequence = new AtomicLong();
  private final boolean duplicateMessageWithCallId;

  public AddCallHandler(CallStore store) {
    this(store, true);
  }

  /**
   * @param duplicateMessageWithCallId whether the 409 for a repeated {@code clientUniqueId} names
   *     the call id
   */
  public AddCallHandler(CallStore store, boolean duplicateMessageWithCallId) {
    this.store = store;
    this.company = store.company();
    this.duplicateMessageWithCallId = duplicateMessageWithCallId;
  }

  public Response handle(Request r) throws IOException {
    JsonNode b = r.jsonObject();
    String clientUniqueId = required(b, "clientUniqueId");
    if (clientUniqueId.length() > 2048) {
      throw ApiException.badRequest("clientUniqueId: at most 2048 characters");
    }
    long actualStart = Params.isoMillis("actualStart", required(b, "actualStart"));
    String direction = required(b, "direction");
    if (!DIRECTIONS.contains(direction)) {
      throw ApiException.badRequest(
          "direction: must be one of Inbound, Outbound, Conference, Unknown; got '"
              + Params.shorten(direction)
              + "'");
    }
    String primaryUser = required(b, "primaryUser");
    JsonNode partiesNode = b.get("parties");
    if (partiesNode == null || partiesNode.isNull()) {
      throw ApiException.badRequest("parties: required field is missing");
    }
    if (!partiesNode.isArray() || partiesNode.isEmpty()) {
      throw ApiException.badRequest("parties: must be a non-empty array");
    }
    String title = Params.text(b, "title", "title");
    String purpose = maxLen(b, "purpose", 255);
    String disposition = maxLen(b, "disposition", 255);
    Long scheduledStart = optionalDate(b, "scheduledStart");
    Long scheduledEnd = optionalDate(b, "scheduledEnd");
    if (scheduledStart != null && scheduledEnd != null && scheduledEnd < scheduledStart) {
      throw ApiException.badRequest("scheduledEnd: must not be before scheduledStart");
    }
    double duration = 0;
    JsonNode d = b.get("duration");
    if (d != null && !d.isNull()) {
      if (!d.isNumber()
          || d.asDouble() < 0
          || Double.isNaN(d.asDouble())
          || d.asDouble() > 7 * 86_400) {
        throw ApiException.badRequest("duration: must be a non-negative number of seconds");
      }
      duration = d.asDouble();
    }
    String customData = Params.text(b, "customData", "customData");
    String meetingUrl = Params.text(b, "meetingUrl", "meetingUrl");
    String callProviderCode = Params.text(b, "callProviderCode", "callProviderCode");
    String downloadMediaUrl = Params.text(b, "downloadMediaUrl", "downloadMediaUrl");
    String languageCode = Params.text(b, "languageCode", "languageCode");
    String workspaceId = Params.text(b, "workspaceId", "workspaceId");
    if (workspaceId != null && company.workspace(workspaceId) == null) {
      throw ApiException.badRequest(
          "workspaceId: unknown workspace '" + Params.shorten(workspaceId) + "'");
    }
    validateContext(b.get("context"), "context");
    Set<String> partyIds = new java.util.HashSet<>();
    SplittableRandom rng = Ids.rng(company.seed() ^ 0x5A5A5A5AL, sequence.incrementAndGet());
    List<Party> parties = new ArrayList<>();
    boolean hostHasParty = false;
    for (int i = 0; i < partiesNode.size(); i++) {
      JsonNode p = partiesNode.get(i);
      String path = "parties[" + i + "]";
      if (!p.isObject()) {
        throw ApiException.badRequest(path + ": must be a JSON object");
      }
      String userId = Params.text(p, "userId", path + ".userId");
      String email = Params.text(p, "emailAddress", path + ".emailAddress");
      String name = Params.text(p, "name", path + ".name");
      String phone = Params.text(p, "phoneNumber", path + ".phoneNumber");
      String partyId = Params.text(p, "partyId", path + ".partyId");
      if (partyId != null) {
        partyIds.add(partyId);
      }
      JsonNode ch = p.get("mediaChannelId");
      if (ch != null && !ch.isNull() && (!ch.isInt() || (ch.asInt() != 0 && ch.asInt() != 1))) {
        throw ApiException.badRequest(path + ".mediaChannelId: must be 0 or 1");
      }
      validateContext(p.get("context"), path + ".context");
      User u = userId == null ? null : company.user(userId);
      if (primaryUser.equals(userId)) {
        hostHasParty = true;
      }
      boolean internal =
          u != null
              || (email != null
                  && email.toLowerCase(java.util.Locale.ROOT).endsWith("@" + company.domain()));
      parties.add(
          new Party(
              Long.toString(Ids.next(rng)),
              email != null ? email : u == null ? null : u.emailAddress(),
              name != null ? name : u == null ? null : u.fullName(),
              u == null ? null : u.title(),
              userId,
              Long.toString(Ids.next(rng)),
              internal ? "Internal" : "External",
              phone,
              List.of("Attendee"),
              u != null ? "User" : null,
              u != null ? u.id() : null));
    }
    validateTimeline(b.get("speakersTimeline"), partyIds);
    User host = company.user(primaryUser);
    if (!Params.isId(primaryUser) || host == null) {
      throw ApiException.badRequest(
          "primaryUser: unknown Gong user id '" + Params.shorten(primaryUser) + "'");
    }
    if (!hostHasParty) {
      throw ApiException.badRequest(
          "parties: a party with userId equal to primaryUser ("
              + primaryUser
              + ") must be provided");
    }
    if (!host.active()) {
      throw new ApiException(
          409, "Conflict: recording is not enabled for the primary user " + primaryUser);
    }
    boolean external = parties.stream().anyMatch(p -> p.affiliation().equals("External"));
    int seconds = (int) Math.round(duration);
    String language = language(languageCode);
    // The simulator only speaks English: a call declared in another language (or one Gong does not
    // support, "und") keeps its declared language and gets no transcript rather than an English
    // one.
    boolean transcribable = language.equals("eng");
    SimCall call =
        new SimCall(
            store.newCallId(rng),
            actualStart,
            scheduledStart,
            seconds,
            title,
            primaryUser,
            direction,
            callProviderCode,
            external ? "External" : "Internal",
            direction.equals("Conference") ? "Video" : "Audio",
            language,
            workspaceId != null ? workspaceId : host.workspaceId(),
            disposition,
            clientUniqueId,
            customData,
            purpose,
            meetingUrl,
            false,
            null,
            List.copyOf(parties),
            null,
            external ? Scenario.DISCOVERY : Scenario.INTERNAL,
            transcribable,
            rng.nextLong());
    // The simulator cannot fetch downloadMediaUrl; it treats the media as arrived at once.
    CallStore.AddResult result = store.add(call, downloadMediaUrl != null);
    if (result.existed()) {
      throw new ApiException(
          409,
          "Conflict: a call with clientUniqueId '"
              + Params.shorten(clientUniqueId)
              + "' already exists"
              + (duplicateMessageWithCallId ? ": callId " + result.call().idString() : ""));
    }
    return Response.ok(
        r,
        g -> {
          g.writeStringField("callId", call.idString());
        });
  }

  private static String required(JsonNode b, String field) {
    JsonNode n = b.get(field);
    if (n == null || n.isNull()) {
      throw ApiException.badRequest(field + ": required field is missing");
    }
    if (!n.isTextual()) {
      throw ApiException.badRequest(field + ": must be a string");
    }
    if (n.textValue().isBlank()) {
      throw ApiException.badRequest(field + ": must not be empty");
    }
    return n.textValue();
  }

  private static String maxLen(JsonNode b, String field, int max) {
    String v = Params.text(b, field, field);
    if (v != null && v.length() > max) {
      throw ApiException.badRequest(field + ": at most " + max + " characters, got " + v.length());
    }
    return v;
  }

  private static Long optionalDate(JsonNode b, String field) {
    String v = Params.text(b, field, field);
    return v == null ? null : Params.isoMillis(field, v);
  }

  private static String language(String code) {
    if (code == null) {
      return "eng";
    }
    String c = code.toLowerCase(java.util.Locale.ROOT);
    if (c.startsWith("de")) {
      return "ger";
    }
    if (c.startsWith("fr")) {
      return "fre";
    }
    if (c.startsWith("es")) {
      return "spa";
    }
    if (c.startsWith("it")) {
      return "ita";
    }
    return c.startsWith("en") ? "eng" : "und";
  }

  private static void validateContext(JsonNode ctx, String path) {
    if (ctx == null || ctx.isNull()) {
      return;
    }
    if (!ctx.isArray()) {
      throw ApiException.badRequest(path + ": must be an array");
    }
    Set<String> systems = Set.of("Salesforce", "HubSpot", "MicrosoftDynamic", "Generic");
    for (int i = 0; i < ctx.size(); i++) {
      JsonNode c = ctx.get(i);
      String p = path + "[" + i + "]";
      if (!c.isObject()) {
        throw ApiException.badRequest(p + ": must be a JSON object");
      }
      JsonNode sys = c.get("system");
      if (sys == null || !sys.isTextual() || !systems.contains(sys.textValue())) {
        throw ApiException.badRequest(
            p + ".system: required, one of Salesforce, HubSpot, MicrosoftDynamic, Generic");
      }
      JsonNode objects = c.get("objects");
      if (objects == null || objects.isNull()) {
        continue;
      }
      if (!objects.isArray()) {
        throw ApiException.badRequest(p + ".objects: must be an array");
      }
      for (int k = 0; k < objects.size(); k++) {
        JsonNode o = objects.get(k);
        String op = p + ".objects[" + k + "]";
        if (!o.isObject() || !o.path("objectType").isTextual()) {
          throw ApiException.badRequest(op + ".objectType: required field is missing");
        }
        if (!o.path("objectId").isTextual()) {
          throw ApiException.badRequest(op + ".objectId: required field is missing");
        }
      }
    }
  }

  private static void validateTimeline(JsonNode t, Set<String> partyIds) {
    if (t == null || t.isNull()) {
      return;
    }
    if (!t.isObject()) {
      throw ApiException.badRequest("speakersTimeline: must be a JSON object");
    }
    JsonNode segs = t.get("speechSegments");
    if (segs == null || segs.isNull()) {
      return;
    }
    if (!segs.isArray()) {
      throw ApiException.badRequest("speakersTimeline.speechSegments: must be an array");
    }
    for (int i = 0; i < segs.size(); i++) {
      JsonNode s = segs.get(i);
      String p = "speakersTimeline.speechSegments[" + i + "]";
      JsonNode from = s.get("fromTime");
      JsonNode to = s.get("toTime");
      if (from == null || !from.canConvertToLong() || from.asLong() < 0) {
        throw ApiException.badRequest(p + ".fromTime: required, milliseconds >= 0");
      }
      if (to == null || !to.canConvertToLong() || to.asLong() < 0) {
        throw ApiException.badRequest(p + ".toTime: required, milliseconds >= 0");
      }
      JsonNode ids = s.get("partyIds");
      if (ids == null || !ids.isArray()) {
        throw ApiException.badRequest(p + ".partyIds: required array of party ids");
      }
      for (JsonNode id : ids) {
        if (!id.isTextual() || !partyIds.contains(id.textValue())) {
          throw ApiException.badRequest(
              p + ".partyIds: '" + Params.shorten(id.asText()) + "' matches no parties[].partyId");
        }
      }
    }
  }
}
