package dev.gongconnector.client.workspaces;

import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Transport;
import dev.gongconnector.client.internal.WorkspacesEnvelope;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Gong's workspaces ({@code GET /v2/workspaces}, no paging). Obtain it from {@code
 * GongClient.workspaces()}.
 */
public final class WorkspacesService {

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public WorkspacesService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /** {@return all workspaces of the company} */
  public List<Workspace> list() {
    return transport.send(ApiRequest.get("/v2/workspaces"), WorkspacesEnvelope.class).workspaces();
  }

  /**
   * {@return the workspace with this id, or else the one with this name (case-insensitive), if any}
   *
   * @param idOrName a CRM integration id or name
   */
  public Optional<Workspace> find(String idOrName) {
    if (idOrName == null || idOrName.isBlank()) {
      return Optional.empty();
    }
    String key = idOrName.strip();
    List<Workspace> all = list();
    Optional<Workspace> byId = all.stream().filter(w -> key.equals(w.id())).findFirst();
    return byId.isPresent()
        ? byId
        : all.stream()
            .filter(
                w ->
                    w.name() != null
                        && w.name().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
            .findFirst();
  }
}
