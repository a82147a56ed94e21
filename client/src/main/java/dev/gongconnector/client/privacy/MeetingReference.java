package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A meeting that references the address or number ({@code Meeting}).
 *
 * @param id meeting id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingReference(String id) {}
