package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.stats.UserDailyActivity;
import java.util.List;

/** Answer of {@code POST /v2/stats/activity/day-by-day}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityDayByDayEnvelope(
    String requestId, PageInfo records, List<UserDailyActivity> usersDetailedActivities) {

  public ActivityDayByDayEnvelope {
    usersDetailedActivities = Lists.copy(usersDetailedActivities);
  }
}
