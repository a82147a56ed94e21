package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.flows.FlowAssignment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code get_prospect_flows}: the flows prospects (CRM contacts or leads) are enrolled in. */
public final class GetProspectFlowsAction extends BaseAction {

  public static final String NAME = "get_prospect_flows";

  private final GongClient client;

  public GetProspectFlowsAction(GongClient client) {
    super(
        NAME,
        List.of("get-prospect-flows", "prospect_flows", "flows_for_prospects"),
        """
        Which Gong Engage flows these prospects are in: give CRM ids of contacts or leads (from the \
        context of a call's parties, get_call with context=Extended). Each enrolment has flowId, \
        flowName, owner, status (Running, Pending, Paused), created; prospects in no flow are listed \
        in notInAnyFlow. Next: list_flows with the owner's e-mail for the flow's siblings.""",
        ParamSet.of(
            Param.strings("crm_prospect_ids", "CRM ids of contacts or leads.")
                .requiredParam()
                .withAliases("crm_prospects_ids", "prospect_ids", "ids")),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    List<String> ids = p.strings("crm_prospect_ids");
    List<FlowAssignment> assigned = client.flows().forProspects(ids);
    Set<String> none = new LinkedHashSet<>(ids);
    assigned.forEach(a -> none.remove(a.crmProspectId()));
    ArrayNode missing = Json.array();
    none.forEach(missing::add);
    ObjectNode data = Json.object();
    data.set("prospectsAssigned", Json.tree(assigned));
    data.set("notInAnyFlow", missing);
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("admin");
  }
}
