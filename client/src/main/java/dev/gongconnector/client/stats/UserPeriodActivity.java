package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/** One user's activity per period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserPeriodActivity(
    String userId, String userEmailAddress, List<PeriodActivity> userAggregateActivity) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param userId user id
   * @param userEmailAddress user email address
   * @param userAggregateActivity user aggregate activity
   */
  public UserPeriodActivity {
    userAggregateActivity = Lists.copy(userAggregateActivity);
  }
}
