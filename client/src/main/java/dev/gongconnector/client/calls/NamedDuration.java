package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A named span of a call with its length, used by {@code content.structure} and {@code
 * content.topics} and by {@code interaction.video}.
 *
 * @param name the name (topic, structure part, video kind)
 * @param duration seconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NamedDuration(String name, Double duration) {}
