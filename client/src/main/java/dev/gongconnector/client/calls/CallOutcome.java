package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The outcome of a call, e.g. {@code MEETING_BOOKED} / {@code Answered} / {@code Meeting booked}.
 *
 * @param id outcome id
 * @param category category
 * @param name display name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallOutcome(String id, String category, String name) {}
