package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.stats.UserActivity;
import java.util.List;

/** Answer of {@code POST /v2/stats/activity/aggregate}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityAggregateEnvelope(
    String requestId,
    PageInfo records,
    List<UserActivity> usersAggregateActivityStats,
    String timeZone,
    String fromDateTime,
    String toDateTime) {

  public ActivityAggregateEnvelope {
    usersAggregateActivityStats = Lists.copy(usersAggregateActivityStats);
  }
}
