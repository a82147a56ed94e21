package dev.gongconnector.client.coaching;

import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.CoachingEnvelope;
import dev.gongconnector.client.internal.Transport;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Gong's coaching metrics ({@code GET /v2/coaching}). From {@code GongClient.coaching()}. */
public final class CoachingService {

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public CoachingService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /**
   * {@return what a manager did on the calls of each direct report in a workspace between {@code
   * from} (inclusive) and {@code to}; all four are required by Gong. Empty when the user manages
   * nobody}
   *
   * @param workspaceId a Gong workspace id
   * @param managerId a manager's Gong user id
   * @param from start of the range
   * @param to end of the range
   */
  public List<CoachingData> metrics(
      String workspaceId, String managerId, OffsetDateTime from, OffsetDateTime to) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("workspace-id", Check.required(workspaceId, "workspace-id"));
    q.put("manager-id", Check.required(managerId, "manager-id"));
    Check.required(from, "from");
    Check.required(to, "to");
    Check.range(from, to, "from", "to");
    q.put("from", Bodies.iso(from));
    q.put("to", Bodies.iso(to));
    return transport
        .send(ApiRequest.get(Bodies.query("/v2/coaching", q)), CoachingEnvelope.class)
        .coachingData();
  }
}
