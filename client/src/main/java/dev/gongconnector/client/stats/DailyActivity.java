package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.time.OffsetDateTime;
import java.util.List;

/** A user's activity on one day: ids of the calls per activity. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DailyActivity(
    List<String> callsAsHost,
    List<String> callsGaveFeedback,
    List<String> callsRequestedFeedback,
    List<String> callsReceivedFeedback,
    List<String> ownCallsListenedTo,
    List<String> othersCallsListenedTo,
    List<String> callsSharedInternally,
    List<String> callsSharedExternally,
    List<String> callsScorecardsFilled,
    List<String> callsScorecardsReceived,
    List<String> callsAttended,
    List<String> callsCommentsGiven,
    List<String> callsCommentsReceived,
    List<String> callsMarkedAsFeedbackGiven,
    List<String> callsMarkedAsFeedbackReceived,
    OffsetDateTime fromDate,
    OffsetDateTime toDate) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param callsAsHost calls as host
   * @param callsGaveFeedback calls gave feedback
   * @param callsRequestedFeedback calls requested feedback
   * @param callsReceivedFeedback calls received feedback
   * @param ownCallsListenedTo own calls listened to
   * @param othersCallsListenedTo others calls listened to
   * @param callsSharedInternally calls shared internally
   * @param callsSharedExternally calls shared externally
   * @param callsScorecardsFilled calls scorecards filled
   * @param callsScorecardsReceived calls scorecards received
   * @param callsAttended calls attended
   * @param callsCommentsGiven calls comments given
   * @param callsCommentsReceived calls comments received
   * @param callsMarkedAsFeedbackGiven calls marked as feedback given
   * @param callsMarkedAsFeedbackReceived calls marked as feedback received
   * @param fromDate from date
   * @param toDate to date
   */
  public DailyActivity {
    callsAsHost = Lists.copy(callsAsHost);
    callsGaveFeedback = Lists.copy(callsGaveFeedback);
    callsRequestedFeedback = Lists.copy(callsRequestedFeedback);
    callsReceivedFeedback = Lists.copy(callsReceivedFeedback);
    ownCallsListenedTo = Lists.copy(ownCallsListenedTo);
    othersCallsListenedTo = Lists.copy(othersCallsListenedTo);
    callsSharedInternally = Lists.copy(callsSharedInternally);
    callsSharedExternally = Lists.copy(callsSharedExternally);
    callsScorecardsFilled = Lists.copy(callsScorecardsFilled);
    callsScorecardsReceived = Lists.copy(callsScorecardsReceived);
    callsAttended = Lists.copy(callsAttended);
    callsCommentsGiven = Lists.copy(callsCommentsGiven);
    callsCommentsReceived = Lists.copy(callsCommentsReceived);
    callsMarkedAsFeedbackGiven = Lists.copy(callsMarkedAsFeedbackGiven);
    callsMarkedAsFeedbackReceived = Lists.copy(callsMarkedAsFeedbackReceived);
  }
}
