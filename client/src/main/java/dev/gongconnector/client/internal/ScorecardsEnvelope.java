package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.settings.Scorecard;
import java.util.List;

/** Answer of {@code GET /v2/settings/scorecards}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScorecardsEnvelope(String requestId, List<Scorecard> scorecards) {

  public ScorecardsEnvelope {
    scorecards = Lists.copy(scorecards);
  }
}
