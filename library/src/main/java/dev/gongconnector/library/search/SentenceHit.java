package dev.gongconnector.library.search;

/**
 * A transcript sentence that matched, with the matched terms marked as {@code **term**}.
 *
 * @param startMs milliseconds from the start of the call
 * @param highlighted {@link #text} with each matching term or phrase wrapped in {@code **}
 */
public record SentenceHit(
    String speakerName, String affiliation, long startMs, String text, String highlighted) {}
