package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.time.OffsetDateTime;
import java.util.List;

/** A scorecard a reviewer answered on a call; Gong types these ids as numbers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnsweredScorecard(
    Long answeredScorecardId,
    Long scorecardId,
    String scorecardName,
    Long callId,
    OffsetDateTime callStartTime,
    Long reviewedUserId,
    Long reviewerUserId,
    OffsetDateTime reviewTime,
    String visibilityType,
    List<ScorecardAnswer> answers) {

  /**
   * Checks that {@code answeredScorecardId} is present, copies the lists (null becomes empty), so
   * the record stays immutable.
   *
   * @param answeredScorecardId answered scorecard id
   * @param scorecardId scorecard id
   * @param scorecardName scorecard name
   * @param callId call id
   * @param callStartTime call start time
   * @param reviewedUserId reviewed user id
   * @param reviewerUserId reviewer user id
   * @param reviewTime review time
   * @param visibilityType visibility type
   * @param answers answers
   */
  public AnsweredScorecard {
    answers = Lists.copy(answers);
    java.util.Objects.requireNonNull(answeredScorecardId, "answeredScorecardId");
  }
}
