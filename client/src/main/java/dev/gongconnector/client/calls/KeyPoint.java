package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A key point of a call.
 *
 * @param text the text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeyPoint(String text) {}
