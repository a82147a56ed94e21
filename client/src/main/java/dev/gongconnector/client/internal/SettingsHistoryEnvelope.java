package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.users.SettingChange;
import java.util.List;

/** Answer of {@code GET /v2/users/{id}/settings-history}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsHistoryEnvelope(String requestId, List<SettingChange> userSettingsHistory) {

  public SettingsHistoryEnvelope {
    userSettingsHistory = Lists.copy(userSettingsHistory);
  }
}
