package dev.gongconnector.actions.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.internal.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * Names the speakers of one call's transcript: Gong's transcript carries only {@code speakerId}, which
 * matches {@code parties[].speakerId} of the extensive data. Speakers without a party (Gong sends calls
 * without parties) are called "Speaker 1", "Speaker 2", ... in order of first appearance, with
 * affiliation {@code Unknown}, so an agent can still follow who said what.
 */
public final class SpeakerDirectory {

  /** A resolved speaker. */
  public record Speaker(String speakerId, String name, String affiliation, String emailAddress, String userId) {

    /** The JSON form: speakerId, name, affiliation and (when known) emailAddress and userId. */
    public ObjectNode toJson() {
      ObjectNode out = Json.object();
      Json.putIfPresent(out, "speakerId", speakerId);
      out.put("name", name);
      out.put("affiliation", affiliation);
      Json.putIfPresent(out, "emailAddress", emailAddress);
      Json.putIfPresent(out, "userId", userId);
      return out;
    }
  }

  private final Map<String, Speaker> known = new HashMap<>();
  private final Map<String, Speaker> anonymous = new HashMap<>();

  /** @param parties the call's {@code parties} array (may be missing or empty) */
  public SpeakerDirectory(JsonNode parties) {
    if (parties != null && parties.isArray()) {
      for (JsonNode p : parties) {
        String speakerId = text(p, "speakerId");
        if (speakerId == null) continue;
        String name = text(p, "name");
        if (name == null) name = text(p, "emailAddress");
        if (name == null) name = text(p, "phoneNumber");
        String affiliation = text(p, "affiliation");
        known.put(speakerId, new Speaker(speakerId, name == null ? "Unnamed speaker" : name,
            affiliation == null ? "Unknown" : affiliation, text(p, "emailAddress"), text(p, "userId")));
      }
    }
  }

  /** The speaker for {@code speakerId}; never null. */
  public Speaker resolve(String speakerId) {
    Speaker s = speakerId == null ? null : known.get(speakerId);
    if (s != null) return s;
    String key = speakerId == null ? "" : speakerId;
    return anonymous.computeIfAbsent(key,
        k -> new Speaker(speakerId, "Speaker " + (anonymous.size() + 1), "Unknown", null, null));
  }

  /** Whether the parties named at least one speaker. */
  public boolean hasNames() {
    return !known.isEmpty();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
