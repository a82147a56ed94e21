package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Counts;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.flows.Flow;
import java.util.List;

/** {@code list_flows}: Gong Engage flows a user owns or can use. */
public final class ListFlowsAction extends TypedAction<ListFlowsAction.Request> {

  /** The parsed parameters. */
  public record Request(String flowOwnerEmail, String workspaceId, int maxResults) {}

  /** The answer. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<Flow> flows, @JsonUnwrapped Counts counts) {}

  private final GongClient client;

  public ListFlowsAction(GongClient client) {
    super(
        "list_flows",
        List.of("list-flows", "flows", "engage_flows"),
        List.of("admin"),
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
            CommonParams.maxResults(200, 10_000, "flows")));
    this.client = client;
    lists("flows", Flow.class);
  }

  @Override
  protected Request request(Params p) {
    return new Request(
        p.string("flow_owner_email"),
        p.text("workspace_id").orElse(null),
        p.intValue("max_results"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    Collected<Flow> read =
        Page.collect(
            c -> client.flows().listPage(r.flowOwnerEmail(), r.workspaceId(), c), r.maxResults());
    return new Answer(read.items(), Counts.of(read));
  }
}
