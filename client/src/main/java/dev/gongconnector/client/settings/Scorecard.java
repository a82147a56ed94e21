package dev.gongconnector.client.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.time.OffsetDateTime;
import java.util.List;

/** A scorecard definition ({@code Scorecard}); Gong types its ids as numbers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scorecard(
    Long scorecardId,
    String scorecardName,
    Long workspaceId,
    Boolean enabled,
    Long updaterUserId,
    OffsetDateTime created,
    OffsetDateTime updated,
    List<ScorecardQuestion> questions) {

  /**
   * Checks that {@code scorecardId} is present, copies the lists (null becomes empty), so the
   * record stays immutable.
   *
   * @param scorecardId scorecard id
   * @param scorecardName scorecard name
   * @param workspaceId workspace id
   * @param enabled whether enabled
   * @param updaterUserId updater user id
   * @param created created
   * @param updated updated
   * @param questions questions
   */
  public Scorecard {
    questions = Lists.copy(questions);
    java.util.Objects.requireNonNull(scorecardId, "scorecardId");
  }
}
