package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An interaction statistic, e.g. {@code Talk Ratio}, {@code Longest Monologue}, {@code
 * Interactivity}, {@code Patience}.
 *
 * @param name the statistic
 * @param value its value
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InteractionStat(String name, Double value) {}
