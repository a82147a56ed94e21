package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An item of an outline section.
 *
 * @param text the text
 * @param startTime seconds from call start
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutlineItem(String text, Double startTime) {}
