package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One user's aggregated activity. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserActivity(
    String userId, String userEmailAddress, ActivityCounts userAggregateActivityStats) {}
