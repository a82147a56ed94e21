package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/** One user's activity day by day. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserDailyActivity(
    String userId, String userEmailAddress, List<DailyActivity> userDailyActivityStats) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param userId user id
   * @param userEmailAddress user email address
   * @param userDailyActivityStats user daily activity stats
   */
  public UserDailyActivity {
    userDailyActivityStats = Lists.copy(userDailyActivityStats);
  }
}
