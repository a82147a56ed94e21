package dev.gongconnector.actions.workspaces;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.workspaces.Workspace;
import java.util.List;

/**
 * {@code list_workspace_id_options}: the company's workspaces, ids and names. The smallest example
 * of the action pattern (no parameters: the request is {@link Void}).
 */
public final class ListWorkspacesAction extends TypedAction<Void> {

  /** The answer: Gong's workspaces as they are, and how many. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<Workspace> workspaces, int count) {}

  private final GongClient client;

  public ListWorkspacesAction(GongClient client) {
    super(
        "list_workspace_id_options",
        List.of("list_workspaces", "list-workspace-id-options", "list-workspaces", "workspaces"),
        List.of("default", "users"),
        """
        List the Gong workspaces of the company: their ids, names and descriptions. Use it to find the \
        workspace_id that other tools accept as a filter (list_calls, search_calls, get_extensive_data, \
        retrieve_transcripts_of_calls) or that add_new_call places a call in. Takes no parameters; one \
        request to Gong. \
        Next: list_calls or search_calls with workspace_id.""",
        ParamSet.of());
    this.client = client;
    lists("workspaces", Workspace.class);
  }

  @Override
  protected Void request(Params values) {
    return null;
  }

  @Override
  protected Answer answer(Void request, ProgressListener progress) {
    List<Workspace> workspaces = client.workspaces().list();
    return new Answer(workspaces, workspaces.size());
  }
}
