package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * A user's activity in one period of an aggregate-by-period answer; the outer periods are cut at
 * the request's dates.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeriodActivity(
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
    Integer callsMarkedAsFeedbackReceived,
    OffsetDateTime fromDate,
    OffsetDateTime toDate) {}
