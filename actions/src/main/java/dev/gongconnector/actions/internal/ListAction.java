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
 * An action that lists what Gong answers in one request, optionally for one workspace (scorecards,
 * trackers, library folders, permission profiles): {@code {<field>: [...], count}}.
 *
 * @param <T> the listed item
 */
public final class ListAction<T> extends TypedAction<ListAction.Request> {

  /** The parsed parameters: the workspace, or null for all (or when the list has none). */
  public record Request(String workspaceId) {}

  private final String field;
  private final Function<String, List<T>> list;

  /**
   * @param workspaceId the {@code workspace_id} parameter (optional or required, as Gong has it),
   *     or null when the list takes no parameter
   * @param field the answer's name of the list, e.g. {@code trackers}
   * @param list reads the list for a workspace id (null: every workspace)
   */
  public ListAction(
      String name,
      List<String> aliases,
      List<String> toolsets,
      String description,
      Param workspaceId,
      String field,
      Function<String, List<T>> list) {
    super(
        name,
        aliases,
        toolsets,
        description,
        workspaceId == null ? ParamSet.of() : ParamSet.of(workspaceId.gongId()));
    this.field = field;
    this.list = list;
    lists(field, null); // columns from the items (T need not be a record)
  }

  @Override
  protected Request request(Params p) {
    boolean scoped = paramSet().get("workspace_id") != null;
    return new Request(scoped ? p.text("workspace_id").orElse(null) : null);
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
