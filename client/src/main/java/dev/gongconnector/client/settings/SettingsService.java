package dev.gongconnector.client.settings;

import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.ScorecardsEnvelope;
import dev.gongconnector.client.internal.TrackersEnvelope;
import dev.gongconnector.client.internal.Transport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gong's settings: keyword trackers and scorecards (no paging). From {@code GongClient.settings()}.
 */
public final class SettingsService {

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public SettingsService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /**
   * Keyword trackers of all workspaces ({@code GET /v2/settings/trackers}).
   *
   * @return the trackers
   */
  public List<KeywordTracker> trackers() {
    return trackers(null);
  }

  /**
   * Keyword trackers of one workspace, or of all when {@code workspaceId} is null.
   *
   * @param workspaceId a Gong workspace id
   * @return the trackers
   */
  public List<KeywordTracker> trackers(String workspaceId) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("workspaceId", Check.optional(workspaceId));
    return transport
        .send(ApiRequest.get(Bodies.query("/v2/settings/trackers", q)), TrackersEnvelope.class)
        .keywordTrackers();
  }

  /**
   * Scorecard definitions with their questions ({@code GET /v2/settings/scorecards}).
   *
   * @return the scorecards
   */
  public List<Scorecard> scorecards() {
    return transport
        .send(ApiRequest.get("/v2/settings/scorecards"), ScorecardsEnvelope.class)
        .scorecards();
  }
}
