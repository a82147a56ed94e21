package dev.gongconnector.simulator.activity;

/**
 * A user activity counted by Gong's activity stats; the constant names are the wire field names of
 * {@code AggregateActivity} and {@code DailyActivityWithDates}.
 */
public enum Kind {
  callsAsHost,
  callsGaveFeedback,
  callsRequestedFeedback,
  callsReceivedFeedback,
  ownCallsListenedTo,
  othersCallsListenedTo,
  callsSharedInternally,
  callsSharedExternally,
  callsScorecardsFilled,
  callsScorecardsReceived,
  callsAttended,
  callsCommentsGiven,
  callsCommentsReceived,
  callsMarkedAsFeedbackGiven,
  callsMarkedAsFeedbackReceived
}
