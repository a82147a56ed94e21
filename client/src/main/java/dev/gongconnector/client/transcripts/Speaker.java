package dev.gongconnector.client.transcripts;

/**
 * Who a transcript's {@code speakerId} is, from the call's parties.
 *
 * @param speakerId the transcript's speaker id
 * @param name the party's name, else email, else "Speaker N" (N by order of first speech)
 * @param emailAddress the party's email, or null
 * @param affiliation {@code Internal}, {@code External} or {@code Unknown}
 * @param userId the Gong user id for company people, or null
 * @param known whether a party matched the speaker id
 */
public record Speaker(
    String speakerId,
    String name,
    String emailAddress,
    String affiliation,
    String userId,
    boolean known) {}
