package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Aggregated activity of a user in a period ({@code AggregateActivity}): numbers of calls. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityCounts(
    Integer callsAsHost,
    Integer callsGaveFeedback,
    Integer callsRequestedFeedback,
    Integer callsReceivedFeedback,
    Integer ownCallsListenedTo,
    Integer othersCallsListenedTo,
    Integer callsSharedInternally,
    Integer callsSharedExternally,
    Integer callsScorecardsFilled,
    Integer callsScorecardsReceived,
    Integer callsAttended,
    Integer callsCommentsGiven,
    Integer callsCommentsReceived,
    Integer callsMarkedAsFeedbackGiven,
    Integer callsMarkedAsFeedbackReceived) {}
