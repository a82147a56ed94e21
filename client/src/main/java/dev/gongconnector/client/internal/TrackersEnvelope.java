package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.settings.KeywordTracker;
import java.util.List;

/** Answer of {@code GET /v2/settings/trackers}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrackersEnvelope(String requestId, List<KeywordTracker> keywordTrackers) {

  public TrackersEnvelope {
    keywordTrackers = Lists.copy(keywordTrackers);
  }
}
