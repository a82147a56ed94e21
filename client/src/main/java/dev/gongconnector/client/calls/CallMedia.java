package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Media URLs of a call. They expire after 8 hours: never store them as permanent.
 *
 * @param audioUrl audio URL
 * @param videoUrl video URL
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallMedia(String audioUrl, String videoUrl) {}
