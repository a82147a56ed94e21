package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A speaker's talk time, from {@code interaction.speakers}.
 *
 * @param id the speaker/party id
 * @param userId Gong user id, if a user
 * @param talkTime seconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpeakerTalkTime(String id, String userId, Double talkTime) {}
