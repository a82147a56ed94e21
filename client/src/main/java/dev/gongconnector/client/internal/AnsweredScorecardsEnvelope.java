package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.stats.AnsweredScorecard;
import java.util.List;

/** Answer of {@code POST /v2/stats/activity/scorecards}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnsweredScorecardsEnvelope(
    String requestId, PageInfo records, List<AnsweredScorecard> answeredScorecards) {

  public AnsweredScorecardsEnvelope {
    answeredScorecards = Lists.copy(answeredScorecards);
  }
}
