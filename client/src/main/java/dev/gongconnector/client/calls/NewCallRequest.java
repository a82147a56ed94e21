package dev.gongconnector.client.calls;

import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.Lists;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The body of {@code POST /v2/calls} ({@code NewCallAddingRequest}). Field names are Gong's wire
 * names.
 *
 * <p>Build with {@link #builder(String, OffsetDateTime, Direction, String)} (the required fields
 * first); {@code build()} checks Gong's documented constraints and names the field at fault. Either
 * set {@code downloadMediaUrl} or upload the recording afterwards with {@code
 * calls().uploadMedia(..)}. {@code clientUniqueId} makes adding idempotent: a retried add returns
 * the existing call.
 *
 * @param clientUniqueId your unique id for the call (at most 2048 characters); a second add with
 *     the same id returns the existing call
 * @param actualStart when the call started
 * @param direction the direction of the call
 * @param primaryUser the Gong user id of the host, who must be one of the parties
 * @param parties the participants (at least one, including the primary user)
 * @param title the title of the call
 * @param purpose the purpose of the call
 * @param scheduledStart when the call was scheduled to start
 * @param scheduledEnd when the call was scheduled to end
 * @param duration the length of the call in seconds
 * @param disposition the outcome of the call (free text)
 * @param context CRM objects the call belongs to
 * @param customData free text kept with the call
 * @param speakersTimeline who spoke when, for recordings without speaker separation
 * @param meetingUrl the URL of the web meeting
 * @param callProviderCode the code of the telephony or meeting system
 * @param downloadMediaUrl a URL Gong downloads the recording from
 * @param workspaceId the workspace to add the call to (default: the company's default)
 * @param languageCode the language spoken, e.g. en-US
 */
public record NewCallRequest(
    String clientUniqueId,
    OffsetDateTime actualStart,
    Direction direction,
    String primaryUser,
    List<NewCallParty> parties,
    String title,
    String purpose,
    OffsetDateTime scheduledStart,
    OffsetDateTime scheduledEnd,
    Double duration,
    String disposition,
    List<UploadContext> context,
    String customData,
    SpeakersTimeline speakersTimeline,
    String meetingUrl,
    String callProviderCode,
    String downloadMediaUrl,
    String workspaceId,
    String languageCode) {

  /**
   * Checks the required fields and Gong's documented constraints, naming the field at fault, and
   * copies the lists.
   *
   * @param clientUniqueId your unique id for the call (at most 2048 characters); a second add with
   *     the same id returns the existing call
   * @param actualStart when the call started
   * @param direction the direction of the call
   * @param primaryUser the Gong user id of the host, who must be one of the parties
   * @param parties the participants (at least one, including the primary user)
   * @param title the title of the call
   * @param purpose the purpose of the call
   * @param scheduledStart when the call was scheduled to start
   * @param scheduledEnd when the call was scheduled to end
   * @param duration the length of the call in seconds
   * @param disposition the outcome of the call (free text)
   * @param context CRM objects the call belongs to
   * @param customData free text kept with the call
   * @param speakersTimeline who spoke when, for recordings without speaker separation
   * @param meetingUrl the URL of the web meeting
   * @param callProviderCode the code of the telephony or meeting system
   * @param downloadMediaUrl a URL Gong downloads the recording from
   * @param workspaceId the workspace to add the call to (default: the company's default)
   * @param languageCode the language spoken, e.g. en-US
   */
  public NewCallRequest {
    clientUniqueId =
        Check.maxLength(Check.required(clientUniqueId, "clientUniqueId"), 2048, "clientUniqueId");
    Check.required(actualStart, "actualStart");
    Check.required(direction, "direction");
    primaryUser = Check.required(primaryUser, "primaryUser");
    parties = Lists.copy(parties);
    if (parties.isEmpty()) {
      throw InvalidRequestException.ofField(
          "parties", "needs at least one party, including the primary user");
    }
    final String host = primaryUser;
    if (parties.stream().noneMatch(p -> host.equals(p.userId()))) {
      throw InvalidRequestException.ofField(
          "parties",
          "must include a party with userId " + host + " (the primaryUser), as Gong requires");
    }
    title = Check.optional(title);
    purpose = Check.maxLength(Check.optional(purpose), 255, "purpose");
    disposition = Check.maxLength(Check.optional(disposition), 255, "disposition");
    Check.range(scheduledStart, scheduledEnd, "scheduledStart", "scheduledEnd");
    if (duration != null && (duration < 0 || duration.isNaN() || duration.isInfinite())) {
      throw InvalidRequestException.ofField(
          "duration", "must be a number of seconds >= 0, was " + duration);
    }
    context = Lists.copy(context);
    for (UploadContext c : context) {
      Check.required(c.system(), "context[].system");
      for (UploadContextObject o : c.objects()) {
        Check.required(o.objectType(), "context[].objects[].objectType");
        Check.required(o.objectId(), "context[].objects[].objectId");
      }
    }
    customData = Check.optional(customData);
    if (speakersTimeline != null) {
      checkTimeline(speakersTimeline, parties);
    }
    meetingUrl = Check.optional(meetingUrl);
    callProviderCode = Check.optional(callProviderCode);
    downloadMediaUrl = Check.optional(downloadMediaUrl);
    if (downloadMediaUrl != null) {
      checkUrl(downloadMediaUrl);
    }
    workspaceId = Check.optional(workspaceId);
    languageCode = Check.optional(languageCode);
  }

  private static void checkTimeline(SpeakersTimeline timeline, List<NewCallParty> parties) {
    Set<String> known = new HashSet<>();
    for (NewCallParty p : parties) {
      if (p.partyId() != null) {
        known.add(p.partyId());
      }
    }
    int i = 0;
    for (SpeechSegment s : timeline.speechSegments()) {
      String f = "speakersTimeline.speechSegments[" + i + "]";
      if (s.fromTime() < 0 || s.toTime() < s.fromTime()) {
        throw InvalidRequestException.ofField(
            f, "needs 0 <= fromTime <= toTime (ms), was " + s.fromTime() + ".." + s.toTime());
      }
      if (s.partyIds().isEmpty()) {
        throw InvalidRequestException.ofField(f + ".partyIds", "is empty");
      }
      for (String id : s.partyIds()) {
        if (!known.contains(id)) {
          throw InvalidRequestException.ofField(
              f + ".partyIds", "names partyId '" + id + "' that no party has");
        }
      }
      i++;
    }
  }

  private static void checkUrl(String url) {
    try {
      URI u = new URI(url);
      if (u.getScheme() == null
          || !(u.getScheme().equalsIgnoreCase("https") || u.getScheme().equalsIgnoreCase("http"))
          || u.getHost() == null) {
        throw InvalidRequestException.ofField(
            "downloadMediaUrl", "must be an absolute http(s) URL");
      }
    } catch (java.net.URISyntaxException e) {
      throw InvalidRequestException.ofField(
          "downloadMediaUrl", "is not a valid URL: " + e.getReason());
    }
  }

  /**
   * A builder with the required fields; add parties with {@code party(..)}.
   *
   * @param clientUniqueId your id for the call, which makes adding it idempotent
   * @param actualStart when the call started
   * @param direction the direction of the call
   * @param primaryUser the Gong user id of the call's host
   * @return a new builder
   */
  public static Builder builder(
      String clientUniqueId, OffsetDateTime actualStart, Direction direction, String primaryUser) {
    return new Builder(clientUniqueId, actualStart, direction, primaryUser);
  }

  /** Builds a {@link NewCallRequest}; {@code build()} names an invalid field. */
  public static final class Builder {
    private final String clientUniqueId;
    private final OffsetDateTime actualStart;
    private final Direction direction;
    private final String primaryUser;
    private final List<NewCallParty> parties = new ArrayList<>();
    private final List<UploadContext> context = new ArrayList<>();
    private String title;
    private String purpose;
    private OffsetDateTime scheduledStart;
    private OffsetDateTime scheduledEnd;
    private Double duration;
    private String disposition;
    private String customData;
    private SpeakersTimeline speakersTimeline;
    private String meetingUrl;
    private String callProviderCode;
    private String downloadMediaUrl;
    private String workspaceId;
    private String languageCode;

    private Builder(
        String clientUniqueId,
        OffsetDateTime actualStart,
        Direction direction,
        String primaryUser) {
      this.clientUniqueId = clientUniqueId;
      this.actualStart = actualStart;
      this.direction = direction;
      this.primaryUser = primaryUser;
    }

    /**
     * Adds a participant (the primary user must be one).
     *
     * @param party a participant
     * @return this builder
     */
    public Builder party(NewCallParty party) {
      parties.add(Objects.requireNonNull(party, "party"));
      return this;
    }

    /**
     * Adds participants.
     *
     * @param parties the participants
     * @return this builder
     */
    public Builder parties(List<NewCallParty> parties) {
      this.parties.addAll(parties);
      return this;
    }

    /**
     * Title, used by Gong for indexing and search.
     *
     * @param title the title of the call
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Purpose (at most 255 characters).
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder purpose(String purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * When the call was scheduled to start.
     *
     * @param scheduledStart the time
     * @return this builder
     */
    public Builder scheduledStart(OffsetDateTime scheduledStart) {
      this.scheduledStart = scheduledStart;
      return this;
    }

    /**
     * When the call was scheduled to end.
     *
     * @param scheduledEnd the time
     * @return this builder
     */
    public Builder scheduledEnd(OffsetDateTime scheduledEnd) {
      this.scheduledEnd = scheduledEnd;
      return this;
    }

    /**
     * Actual duration in seconds (e.g. 125.8).
     *
     * @param seconds a number of seconds
     * @return this builder
     */
    public Builder duration(Double seconds) {
      this.duration = seconds;
      return this;
    }

    /**
     * Disposition (at most 255 characters).
     *
     * @param disposition the outcome of the call (free text)
     * @return this builder
     */
    public Builder disposition(String disposition) {
      this.disposition = disposition;
      return this;
    }

    /**
     * Adds CRM context.
     *
     * @param context the CRM context level
     * @return this builder
     */
    public Builder context(UploadContext context) {
      this.context.add(Objects.requireNonNull(context, "context"));
      return this;
    }

    /**
     * Free text kept by Gong for troubleshooting.
     *
     * @param customData free text kept with the call
     * @return this builder
     */
    public Builder customData(String customData) {
      this.customData = customData;
      return this;
    }

    /**
     * Who spoke when, for recordings without speaker separation.
     *
     * @param timeline the timeline
     * @return this builder
     */
    public Builder speakersTimeline(SpeakersTimeline timeline) {
      this.speakersTimeline = timeline;
      return this;
    }

    /**
     * The conference join URL.
     *
     * @param meetingUrl the meeting URL
     * @return this builder
     */
    public Builder meetingUrl(String meetingUrl) {
      this.meetingUrl = meetingUrl;
      return this;
    }

    /**
     * Gong's code of the conferencing/telephony system: zoom, clearslide, gotomeeting, ringcentral,
     * outreach, insidesales...
     *
     * @param code the code of the telephony or meeting system
     * @return this builder
     */
    public Builder callProviderCode(String code) {
      this.callProviderCode = code;
      return this;
    }

    /**
     * A unique URL Gong downloads the media from (file up to 1.5 GB); else upload it afterwards.
     *
     * @param url the URL of the recording
     * @return this builder
     */
    public Builder downloadMediaUrl(String url) {
      this.downloadMediaUrl = url;
      return this;
    }

    /**
     * The workspace to add the call to (default: the company's default).
     *
     * @param workspaceId the workspace id
     * @return this builder
     */
    public Builder workspaceId(String workspaceId) {
      this.workspaceId = workspaceId;
      return this;
    }

    /**
     * Only if sure (e.g. {@code en-US}); Gong detects the language otherwise.
     *
     * @param languageCode a language code, e.g. en-US
     * @return this builder
     */
    public Builder languageCode(String languageCode) {
      this.languageCode = languageCode;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the request
     */
    public NewCallRequest build() {
      return new NewCallRequest(
          clientUniqueId,
          actualStart,
          direction,
          primaryUser,
          parties,
          title,
          purpose,
          scheduledStart,
          scheduledEnd,
          duration,
          disposition,
          context,
          customData,
          speakersTimeline,
          meetingUrl,
          callProviderCode,
          downloadMediaUrl,
          workspaceId,
          languageCode);
    }
  }
}
