package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * A call's basic data ({@code CallBasicData}), from {@code GET /v2/calls}, {@code GET
 * /v2/calls/{id}} and the {@code metaData} of extensive data. Every field may be null (Gong's
 * schema makes none required). Enumerated values are kept as strings so a new value from Gong
 * breaks nothing.
 *
 * @param id the call id (up to 20 digits)
 * @param url the call page, {@code https://app.gong.io/call?id=<id>}
 * @param title the title
 * @param scheduled scheduled start
 * @param started actual start
 * @param duration duration in seconds
 * @param primaryUserId the host's user id
 * @param direction {@code Inbound}, {@code Outbound}, {@code Conference} or {@code Unknown}
 * @param system the recording/telephony system, e.g. {@code Outreach}
 * @param scope {@code Internal}, {@code External} or {@code Unknown}
 * @param media {@code Video} or {@code Audio}
 * @param language ISO-639-2B language, e.g. {@code eng}; {@code und} unsupported, {@code zxx} too
 *     little speech
 * @param workspaceId the workspace id
 * @param sdrDisposition the SDR disposition
 * @param clientUniqueId the id given at upload or by a telephony integration
 * @param customData free text given at upload
 * @param purpose the purpose
 * @param meetingUrl the conference URL
 * @param isPrivate whether the call is private
 * @param calendarEventId the Google/Outlook meeting id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Call(
    String id,
    String url,
    String title,
    OffsetDateTime scheduled,
    OffsetDateTime started,
    Long duration,
    String primaryUserId,
    String direction,
    String system,
    String scope,
    String media,
    String language,
    String workspaceId,
    String sdrDisposition,
    String clientUniqueId,
    String customData,
    String purpose,
    String meetingUrl,
    @JsonProperty("isPrivate") Boolean isPrivate,
    String calendarEventId) {}
