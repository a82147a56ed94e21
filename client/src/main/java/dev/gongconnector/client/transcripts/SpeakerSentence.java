package dev.gongconnector.client.transcripts;

/**
 * A transcript sentence with its speaker resolved.
 *
 * @param callId the call
 * @param speaker who said it
 * @param topic the monologue's topic, or null
 * @param start ms from call start
 * @param end ms from call start
 * @param text the sentence
 */
public record SpeakerSentence(
    String callId, Speaker speaker, String topic, long start, long end, String text) {}
