package dev.gongconnector.actions.transcripts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.client.calls.Party;
import dev.gongconnector.client.transcripts.SpeakerNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the speakers of one call's transcript for the actions' JSON answers: Gong's transcript
 * carries only {@code speakerId}, which matches {@code parties[].speakerId} of the extensive data.
 *
 * <p>The naming rules are the client's {@link SpeakerNames} (name, else email, else phone number;
 * "Speaker 1", "Speaker 2"... in order of first appearance for a voice without a named party;
 * affiliation {@code Unknown}); this class only reads the parties from Gong's JSON (search works on
 * JSON trees) and writes the JSON form.
 */
public final class SpeakerDirectory {

  /** A resolved speaker. */
  public record Speaker(
      String speakerId, String name, String affiliation, String emailAddress, String userId) {

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

  private final SpeakerNames names;

  /**
   * @param parties the call's {@code parties} array as Gong's JSON (may be missing or empty)
   */
  public SpeakerDirectory(JsonNode parties) {
    this(partiesOf(parties));
  }

  /**
   * @param parties the call's parties (may be null or empty)
   */
  public SpeakerDirectory(List<Party> parties) {
    this.names = new SpeakerNames(parties);
  }

  /** The speaker for {@code speakerId}; never null. */
  public Speaker resolve(String speakerId) {
    dev.gongconnector.client.transcripts.Speaker s = names.resolve(speakerId);
    return new Speaker(s.speakerId(), s.name(), s.affiliation(), s.emailAddress(), s.userId());
  }

  /** Whether some party has a speaker id. */
  public boolean hasNames() {
    return names.hasParties();
  }

  /**
   * The fields the naming rules read; the rest of a party (context, methods) is not needed here.
   */
  private static List<Party> partiesOf(JsonNode parties) {
    List<Party> out = new ArrayList<>();
    if (parties != null && parties.isArray()) {
      for (JsonNode p : parties) {
        out.add(
            new Party(
                text(p, "id"),
                text(p, "emailAddress"),
                text(p, "name"),
                text(p, "title"),
                text(p, "userId"),
                text(p, "speakerId"),
                null,
                text(p, "affiliation"),
                text(p, "phoneNumber"),
                null));
      }
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
