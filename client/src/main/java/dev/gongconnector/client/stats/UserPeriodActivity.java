package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/** One user's activity per period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserPeriodActivity(
    String userId, String userEmailAddress, List<PeriodActivity> userAggregateActivity) {

  public UserPeriodActivity {
    userAggregateActivity = Lists.copy(userAggregateActivity);
  }
}
