package dev.gongconnector.client.users;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A Gong user ({@code UserMetadata}); every field may be null.
 *
 * @param id user id (up to 20 digits)
 * @param emailAddress email
 * @param created creation time
 * @param active whether active
 * @param emailAliases aliases
 * @param trustedEmailAddress trusted email
 * @param firstName first name
 * @param lastName last name
 * @param title job title
 * @param phoneNumber phone
 * @param extension phone extension
 * @param personalMeetingUrls personal meeting URLs
 * @param settings settings
 * @param managerId manager's user id
 * @param meetingConsentPageUrl consent page
 * @param spokenLanguages languages
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(
    String id,
    String emailAddress,
    OffsetDateTime created,
    Boolean active,
    List<String> emailAliases,
    String trustedEmailAddress,
    String firstName,
    String lastName,
    String title,
    String phoneNumber,
    String extension,
    List<String> personalMeetingUrls,
    UserSettings settings,
    String managerId,
    String meetingConsentPageUrl,
    List<SpokenLanguage> spokenLanguages) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param id user id (up to 20 digits)
   * @param emailAddress email
   * @param created creation time
   * @param active whether active
   * @param emailAliases aliases
   * @param trustedEmailAddress trusted email
   * @param firstName first name
   * @param lastName last name
   * @param title job title
   * @param phoneNumber phone
   * @param extension phone extension
   * @param personalMeetingUrls personal meeting URLs
   * @param settings settings
   * @param managerId manager's user id
   * @param meetingConsentPageUrl consent page
   * @param spokenLanguages languages
   */
  public User {
    emailAliases = Lists.copy(emailAliases);
    personalMeetingUrls = Lists.copy(personalMeetingUrls);
    spokenLanguages = Lists.copy(spokenLanguages);
  }

  /**
   * "First Last", or the email when no name is known, or the id.
   *
   * @return the name
   */
  @JsonIgnore
  public String displayName() {
    String n =
        ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    return !n.isEmpty() ? n : emailAddress != null ? emailAddress : id;
  }
}
