package dev.gongconnector.library;

import java.util.Objects;

/**
 * One transcript sentence with its speaker resolved from the call's parties.
 *
 * @param speakerName the party's name, or "Speaker N" when Gong gave no party for the speaker id
 * @param affiliation {@code Internal}, {@code External} or {@code Unknown}
 * @param startMs milliseconds from the start of the call
 */
public record LibrarySentence(
    String speakerId,
    String speakerName,
    String affiliation,
    long startMs,
    long endMs,
    String text) {

  public LibrarySentence {
    Objects.requireNonNull(text, "text");
    if (speakerName == null || speakerName.isBlank()) speakerName = "Unknown speaker";
    if (affiliation == null || affiliation.isBlank()) affiliation = "Unknown";
  }
}
