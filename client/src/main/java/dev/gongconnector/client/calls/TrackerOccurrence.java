package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where a tracker (or one of its phrases) was heard.
 *
 * @param startTime seconds from call start
 * @param speakerId who said it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrackerOccurrence(Double startTime, String speakerId) {}
