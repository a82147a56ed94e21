package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.stats.UserInteractionStats;
import java.util.List;

/** Answer of {@code POST /v2/stats/interaction}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InteractionStatsEnvelope(
    String requestId,
    PageInfo records,
    List<UserInteractionStats> peopleInteractionStats,
    String timeZone,
    String fromDateTime,
    String toDateTime) {

  public InteractionStatsEnvelope {
    peopleInteractionStats = Lists.copy(peopleInteractionStats);
  }
}
