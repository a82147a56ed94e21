package dev.gongconnector.client.transcripts;

import dev.gongconnector.client.calls.Party;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one set of rules naming a call's speakers from its parties, one speaker id at a time: a
 * party's name, else its email, else its phone number (a dialled prospect is often known only by
 * number); a speaker id without a party, or whose party has neither, is "Speaker 1", "Speaker 2"...
 * in order of first {@link #resolve}; affiliation {@code Unknown} when no party says otherwise.
 *
 * <p>Per call and not thread-safe. {@link SpeakerResolver} uses it on transcript records; callers
 * working on Gong's JSON (the actions) build the {@link Party} list from it and use it too.
 */
public final class SpeakerNames {

  private final Map<String, Party> bySpeaker = new HashMap<>();
  private final Map<String, Speaker> resolved = new HashMap<>();
  private int unnamed;

  /**
   * @param parties the call's parties; null or empty for a call without parties
   */
  public SpeakerNames(List<Party> parties) {
    if (parties != null) {
      for (Party p : parties) {
        if (p != null && p.speakerId() != null) {
          bySpeaker.putIfAbsent(p.speakerId(), p);
        }
      }
    }
  }

  /**
   * {@return the speaker for {@code speakerId} (null allowed: an anonymous voice); never null, same
   * answer each time}
   *
   * @param speakerId a speaker id from the transcript
   */
  public Speaker resolve(String speakerId) {
    String key = speakerId == null ? "" : speakerId;
    Speaker s = resolved.get(key);
    if (s == null) {
      s = name(speakerId);
      resolved.put(key, s);
    }
    return s;
  }

  /** {@return whether some party has a speaker id (so at least one voice can be named)} */
  public boolean hasParties() {
    return !bySpeaker.isEmpty();
  }

  private Speaker name(String speakerId) {
    Party p = speakerId == null ? null : bySpeaker.get(speakerId);
    String affiliation = p == null || blank(p.affiliation()) ? "Unknown" : p.affiliation();
    String name = p == null ? null : firstNonBlank(p.name(), p.emailAddress(), p.phoneNumber());
    if (name != null) {
      return new Speaker(speakerId, name, p.emailAddress(), affiliation, p.userId(), true);
    }
    unnamed++;
    return new Speaker(
        speakerId,
        "Speaker " + unnamed,
        p == null ? null : p.emailAddress(),
        affiliation,
        p == null ? null : p.userId(),
        p != null);
  }

  private static String firstNonBlank(String... candidates) {
    for (String c : candidates) {
      if (!blank(c)) return c;
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
