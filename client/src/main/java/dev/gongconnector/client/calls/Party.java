package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A participant of a call, from extensive data with {@code exposedFields.parties}. {@code
 * speakerId} is what transcripts reference.
 *
 * @param id the party id
 * @param emailAddress email, if known
 * @param name name, if known
 * @param title job title
 * @param userId Gong user id when the party is a user
 * @param speakerId the id transcripts use for this party's speech
 * @param context CRM links of the party
 * @param affiliation {@code Internal}, {@code External} or {@code Unknown}
 * @param phoneNumber phone number, if known
 * @param methods {@code Invitee} and/or {@code Attendee}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Party(
    String id,
    String emailAddress,
    String name,
    String title,
    String userId,
    String speakerId,
    List<CallContext> context,
    String affiliation,
    String phoneNumber,
    List<String> methods) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param id the party id
   * @param emailAddress email, if known
   * @param name name, if known
   * @param title job title
   * @param userId Gong user id when the party is a user
   * @param speakerId the id transcripts use for this party's speech
   * @param context CRM links of the party
   * @param affiliation {@code Internal}, {@code External} or {@code Unknown}
   * @param phoneNumber phone number, if known
   * @param methods {@code Invitee} and/or {@code Attendee}
   */
  public Party {
    context = Lists.copy(context);
    methods = Lists.copy(methods);
  }
}
