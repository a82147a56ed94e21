package dev.gongconnector.library;

/**
 * A participant of a call as stored in the library.
 *
 * @param speakerId the id transcripts use for this party, or null when the party did not speak
 * @param affiliation {@code Internal}, {@code External} or {@code Unknown}
 */
public record LibraryParty(
    String name, String emailAddress, String affiliation, String speakerId, String userId) {

  public LibraryParty {
    if (affiliation == null || affiliation.isBlank()) affiliation = "Unknown";
  }
}
