package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One interaction statistic (e.g. "Talk Ratio", "Patience"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InteractionStat(String name, Double value) {}
