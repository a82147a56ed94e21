package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An action item of a call's points of interest. Gong spells the speaker field {@code speakerID}.
 *
 * @param snippetStartTime seconds from call start
 * @param snippetEndTime seconds from call start
 * @param speakerId who said it (wire name {@code speakerID})
 * @param snippet the text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionItem(
    Double snippetStartTime,
    Double snippetEndTime,
    @JsonProperty("speakerID") String speakerId,
    String snippet) {}
