package dev.gongconnector.actions.internal;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An action that lists what one workspace holds in a single request (trackers, library folders,
 * permission profiles): {@code workspace_id} in, {@code {<field>: [...], count}} out.
 *
 * @param <T> the listed item
 */
public final class WorkspaceListAction<T> extends TypedAction<WorkspaceListAction.Request> {

  /** The parsed parameters: the workspace, or null for all (when the parameter is optional). */
  public record Request(String workspaceId) {}

  private final List<String> toolsets;
  private final String field;
  private final Function<String, List<T>> list;

  /**
   * @param workspaceId the {@code workspace_id} parameter (optional or required, as Gong has it)
   * @param field the answer's name of the list, e.g. {@code trackers}
   * @param list reads the list of a workspace id (null: every workspace)
   */
  public WorkspaceListAction(
      String name,
      List<String> aliases,
      String description,
      List<String> toolsets,
      Param workspaceId,
      String field,
      Function<String, List<T>> list) {
    super(name, aliases, description, ParamSet.of(workspaceId.gongId()), false);
    this.toolsets = List.copyOf(toolsets);
    this.field = field;
    this.list = list;
  }

  @Override
  public List<String> toolsets() {
    return toolsets;
  }

  @Override
  protected Request request(Params p) {
    return new Request(p.text("workspace_id").orElse(null));
  }

  @Override
  protected Map<String, Object> answer(Request r, ProgressListener progress) {
    List<T> items = list.apply(r.workspaceId());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(field, items);
    out.put("count", items.size());
    return out;
  }
}
