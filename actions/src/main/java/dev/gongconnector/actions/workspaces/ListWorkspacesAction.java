package dev.gongconnector.actions.workspaces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.workspaces.Workspace;
import java.util.List;

/** {@code list_workspace_id_options}: the company's workspaces, ids and names. */
public final class ListWorkspacesAction extends BaseAction {

  public static final String NAME = "list_workspace_id_options";

  private final GongClient client;

  public ListWorkspacesAction(GongClient client) {
    super(
        NAME,
        List.of("list_workspaces", "list-workspace-id-options", "list-workspaces", "workspaces"),
        """
        List the Gong workspaces of the company: their ids, names and descriptions. Use it to find the \
        workspace_id that other tools accept as a filter (list_calls, search_calls, get_extensive_data, \
        retrieve_transcripts_of_calls) or that add_new_call places a call in. Takes no parameters; one \
        request to Gong.""",
        ParamSet.of(),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params values, ProgressListener progress) {
    List<Workspace> workspaces = client.workspaces().list();
    ArrayNode out = Json.array();
    for (Workspace w : workspaces) {
      ObjectNode node = Json.object();
      Json.putIfPresent(node, "id", w.id());
      Json.putIfPresent(node, "name", w.name());
      Json.putIfPresent(node, "description", w.description());
      out.add(node);
    }
    ObjectNode data = Json.object();
    data.set("workspaces", out);
    data.put("count", out.size());
    return data;
  }
}
