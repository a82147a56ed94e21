package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.workspaces.Workspace;
import java.util.List;

/**
 * Answer of {@code GET /v2/workspaces}.
 *
 * @param requestId request id
 * @param workspaces workspaces
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspacesEnvelope(String requestId, List<Workspace> workspaces) {

  public WorkspacesEnvelope {
    workspaces = Lists.copy(workspaces);
  }
}
