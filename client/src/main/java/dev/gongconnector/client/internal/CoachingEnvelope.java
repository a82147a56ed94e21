package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.coaching.CoachingData;
import java.util.List;

/** Answer of {@code GET /v2/coaching}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoachingEnvelope(String requestId, List<CoachingData> coachingData) {

  public CoachingEnvelope {
    coachingData = Lists.copy(coachingData);
  }
}
