package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/** One user's interaction statistics over the hosted calls of the period. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserInteractionStats(
    String userId, String userEmailAddress, List<InteractionStat> personInteractionStats) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param userId user id
   * @param userEmailAddress user email address
   * @param personInteractionStats person interaction stats
   */
  public UserInteractionStats {
    personInteractionStats = Lists.copy(personInteractionStats);
  }
}
