package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * A customer engagement event ({@code CustomerEngagement}).
 *
 * @param eventType contentShared, contentViewed, customEvent or digitalInteraction
 * @param timestamp when
 * @param contentId content id
 * @param contentUrl content URL
 * @param reportingSystem reporting system
 * @param eventName event name
 * @param sourceEventId source event id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerEngagement(
    String eventType,
    OffsetDateTime timestamp,
    String contentId,
    String contentUrl,
    String reportingSystem,
    String eventName,
    String sourceEventId) {}
