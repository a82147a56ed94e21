package dev.gongconnector.simulator.company;

import java.util.List;

/**
 * A Gong user ({@code UserMetadata}); {@code workspaceId} and {@code role} are simulator-internal
 * (where the user's calls go, and whether they host sales calls).
 */
public record User(
    String id,
    String emailAddress,
    long createdMillis,
    boolean active,
    List<String> emailAliases,
    String firstName,
    String lastName,
    String title,
    String phoneNumber,
    String extension,
    String personalMeetingUrl,
    String managerId,
    String meetingConsentPageUrl,
    String language,
    boolean avatar,
    String workspaceId,
    Role role) {

  /** What the user does in the company. */
  public enum Role {
    REP,
    SDR,
    MANAGER,
    SE,
    CSM,
    GONG_STAFF
  }

  public String fullName() {
    return firstName + " " + lastName;
  }
}
