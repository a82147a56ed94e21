package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.flows.FlowAssignment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code get_prospect_flows}: the flows prospects (CRM contacts or leads) are enrolled in. */
public final class GetProspectFlowsAction extends TypedAction<GetProspectFlowsAction.Request> {

  /** The parsed parameters. */
  public record Request(List<String> crmProspectIds) {}

  /** The answer: Gong's enrolments, and the prospects Gong listed in none. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Answer(List<FlowAssignment> prospectsAssigned, Set<String> notInAnyFlow) {}

  private final GongClient client;

  public GetProspectFlowsAction(GongClient client) {
    super(
        "get_prospect_flows",
        List.of("get-prospect-flows", "prospect_flows", "flows_for_prospects"),
        List.of("admin"),
        """
        Which Gong Engage flows these prospects are in: give CRM ids of contacts or leads (from the \
        context of a call's parties, get_call with context=Extended). Each enrolment has flowId, \
        flowName, owner, status (Running, Pending, Paused), created; prospects in no flow are listed \
        in notInAnyFlow. Next: list_flows with the owner's e-mail for the flow's siblings.""",
        ParamSet.of(
            Param.strings("crm_prospect_ids", "CRM ids of contacts or leads.")
                .requiredParam()
                .withAliases("crm_prospects_ids", "prospect_ids", "ids")));
    this.client = client;
    lists("prospectsAssigned", FlowAssignment.class);
  }

  @Override
  protected Request request(Params p) {
    return new Request(p.strings("crm_prospect_ids"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    List<FlowAssignment> assigned = client.flows().forProspects(r.crmProspectIds());
    Set<String> none = new LinkedHashSet<>(r.crmProspectIds());
    assigned.forEach(a -> none.remove(a.crmProspectId()));
    return new Answer(assigned, none);
  }
}
