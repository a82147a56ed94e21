package dev.gongconnector.client.flows;

import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.FlowsEnvelope;
import dev.gongconnector.client.internal.Pages;
import dev.gongconnector.client.internal.Paging;
import dev.gongconnector.client.internal.ProspectFlowsEnvelope;
import dev.gongconnector.client.internal.Transport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Gong Engage flows. From {@code GongClient.flows()}. Thread-safe. */
public final class FlowsService {

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public FlowsService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /**
   * {@return the flows a user owns or can use (company and shared flows), lazily ({@code GET
   * /v2/flows}); {@code workspaceId} null for every workspace}
   *
   * @param flowOwnerEmail the email address of the flows' owner
   * @param workspaceId a Gong workspace id
   */
  public Stream<Flow> list(String flowOwnerEmail, String workspaceId) {
    String owner = Check.required(flowOwnerEmail, "flowOwnerEmail");
    return Paging.stream(cursor -> listPage(owner, workspaceId, cursor), null);
  }

  /**
   * {@return one page of flows; {@code cursor} null for the first}
   *
   * @param flowOwnerEmail the email address of the flows' owner
   * @param workspaceId a Gong workspace id
   * @param cursor Gong's cursor from the previous page, or null for the first page
   */
  public Page<Flow> listPage(String flowOwnerEmail, String workspaceId, String cursor) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("flowOwnerEmail", Check.required(flowOwnerEmail, "flowOwnerEmail"));
    q.put("workspaceId", Check.optional(workspaceId));
    q.put("cursor", cursor);
    FlowsEnvelope e =
        transport.send(ApiRequest.get(Bodies.query("/v2/flows", q)), FlowsEnvelope.class);
    return Pages.of(e.flows(), e.records(), e.requestId());
  }

  /**
   * {@return the flows these prospects (CRM ids of contacts or leads) are enrolled in ({@code POST
   * /v2/flows/prospects}); a prospect in no flow is absent from the answer}
   *
   * @param crmProspectIds CRM prospect ids
   */
  public List<FlowAssignment> forProspects(Collection<String> crmProspectIds) {
    if (crmProspectIds == null || crmProspectIds.isEmpty()) {
      throw InvalidRequestException.ofField("crmProspectsIds", "at least one CRM id is required");
    }
    List<String> ids = new ArrayList<>();
    for (String id : crmProspectIds) {
      ids.add(Check.required(id, "crmProspectsIds[]"));
    }
    byte[] body = Bodies.bytes(Map.of("crmProspectsIds", ids));
    // A read: safe to send again.
    return transport
        .send(ApiRequest.postJson("/v2/flows/prospects", body, true), ProspectFlowsEnvelope.class)
        .prospectsAssigned();
  }
}
