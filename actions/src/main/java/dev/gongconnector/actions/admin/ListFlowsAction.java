package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.flows.Flow;
import java.util.List;

/** {@code list_flows}: Gong Engage flows a user owns or can use. */
public final class ListFlowsAction extends BaseAction {

  public static final String NAME = "list_flows";

  private final GongClient client;

  public ListFlowsAction(GongClient client) {
    super(
        NAME,
        List.of("list-flows", "flows", "engage_flows"),
        """
        List the Gong Engage flows (sequences) of a user: their personal flows plus company and shared \
        flows, each with id, name, folder, visibility, creationDate, exclusive. Needs the owner's e-mail \
        (list_users finds it). Next: get_prospect_flows to see which prospects are in flows.""",
        ParamSet.of(
            Param.string("flow_owner_email", "E-mail of the Gong user whose flows to list.")
                .requiredParam()
                .withAliases("owner_email", "email"),
            Param.string(
                    "workspace_id", "Only flows of this workspace (list_workspace_id_options).")
                .withAliases("workspace")
                .gongId(),
            CommonParams.maxResults(200, 10_000, "flows")),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    int max = p.intValue("max_results");
    List<Flow> flows =
        client
            .flows()
            .list(p.string("flow_owner_email"), p.string("workspace_id"))
            .limit(max + 1L)
            .toList();
    ObjectNode data = Json.object();
    data.set("flows", Json.tree(flows.subList(0, Math.min(max, flows.size()))));
    data.put("count", Math.min(max, flows.size()));
    data.put("truncated", flows.size() > max);
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("admin");
  }
}
