package dev.gongconnector.client.calls;

import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A participant of a call being added ({@code CallParticipant}); every field optional.
 *
 * @param phoneNumber phone number
 * @param emailAddress email address
 * @param name display name
 * @param partyId id used by {@code speakersTimeline.speechSegments[].partyIds}
 * @param userId Gong user id (the primary user must appear as a party)
 * @param mediaChannelId 0 or 1: this party's channel in a stereo file, or null
 * @param context CRM links of the party
 */
public record NewCallParty(
    String phoneNumber,
    String emailAddress,
    String name,
    String partyId,
    String userId,
    Integer mediaChannelId,
    List<UploadContext> context) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param phoneNumber phone number
   * @param emailAddress email address
   * @param name display name
   * @param partyId id used by {@code speakersTimeline.speechSegments[].partyIds}
   * @param userId Gong user id (the primary user must appear as a party)
   * @param mediaChannelId 0 or 1: this party's channel in a stereo file, or null
   * @param context CRM links of the party
   */
  public NewCallParty {
    phoneNumber = Check.optional(phoneNumber);
    emailAddress = Check.optional(emailAddress);
    name = Check.optional(name);
    partyId = Check.optional(partyId);
    userId = Check.optional(userId);
    if (mediaChannelId != null && (mediaChannelId < 0 || mediaChannelId > 1)) {
      throw InvalidRequestException.ofField(
          "parties[].mediaChannelId", "must be 0 or 1, was " + mediaChannelId);
    }
    context = Lists.copy(context);
  }

  /**
   * {@return a Gong user (e.g. the primary user / host)}
   *
   * @param userId a Gong user id
   * @param emailAddress an email address
   * @param name the participant's name
   */
  public static NewCallParty user(String userId, String emailAddress, String name) {
    return new NewCallParty(
        null,
        emailAddress,
        name,
        null,
        Check.required(userId, "parties[].userId"),
        null,
        List.of());
  }

  /**
   * Someone outside Gong, known by phone and/or email.
   *
   * @param name the participant's name
   * @param emailAddress an email address
   * @param phoneNumber a phone number
   * @return the participant
   */
  public static NewCallParty external(String name, String emailAddress, String phoneNumber) {
    return new NewCallParty(phoneNumber, emailAddress, name, null, null, null, List.of());
  }

  /**
   * {@return a copy on a media channel (0 or 1) of a stereo file}
   *
   * @param channel the media channel
   */
  public NewCallParty withMediaChannelId(Integer channel) {
    return new NewCallParty(phoneNumber, emailAddress, name, partyId, userId, channel, context);
  }

  /**
   * {@return a copy with a party id for {@code speakersTimeline}}
   *
   * @param id the party id the timeline refers to
   */
  public NewCallParty withPartyId(String id) {
    return new NewCallParty(phoneNumber, emailAddress, name, id, userId, mediaChannelId, context);
  }
}
