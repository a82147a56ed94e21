package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Answer of {@code GET /v2/all-permission-profiles}.
 *
 * @param requestId request id
 * @param profiles profiles
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PermissionProfilesEnvelope(
    String requestId, List<dev.gongconnector.client.access.PermissionProfile> profiles) {

  public PermissionProfilesEnvelope {
    profiles = Lists.copy(profiles);
  }
}
