package dev.gongconnector.simulator.activity;

import java.util.List;

/**
 * A manager's review of a call with a scorecard.
 *
 * @param answers per question of the scorecard: the score (RANGE) or the option id
 *     (MULTIPLE_CHOICE)
 */
public record AnsweredScorecard(
    long id,
    Scorecards.Scorecard scorecard,
    long callId,
    long callStartMillis,
    String reviewedUserId,
    String reviewerUserId,
    long reviewMillis,
    List<Integer> answers) {}
