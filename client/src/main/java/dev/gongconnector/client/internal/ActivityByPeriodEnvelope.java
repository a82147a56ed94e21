package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.stats.UserPeriodActivity;
import java.util.List;

/** Answer of {@code POST /v2/stats/activity/aggregate-by-period}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityByPeriodEnvelope(
    String requestId, PageInfo records, List<UserPeriodActivity> usersAggregateActivity) {

  public ActivityByPeriodEnvelope {
    usersAggregateActivity = Lists.copy(usersAggregateActivity);
  }
}
