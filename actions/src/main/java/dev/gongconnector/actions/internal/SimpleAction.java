package dev.gongconnector.actions.internal;

import dev.gongconnector.actions.Listing;
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
 * An action that is its definition (name, aliases, toolsets, description, parameters, the list its
 * answer holds) and two functions: the parameters into a request (an id, a list of ids, a record),
 * and the request into the answer, usually one client call whose result is Gong's answer (flows of
 * prospects, call access, a library folder, a settings history).
 *
 * @param <R> what the parameters are turned into
 */
public final class SimpleAction<R> extends TypedAction<R> {

  private final Function<Params, R> request;
  private final Function<R, ?> answer;

  public SimpleAction(
      String name,
      List<String> aliases,
      List<String> toolsets,
      String description,
      ParamSet params,
      Listing listing,
      Function<Params, R> request,
      Function<R, ?> answer) {
    super(name, aliases, toolsets, description, params);
    if (listing != null) lists(listing.field(), listing.row());
    this.request = request;
    this.answer = answer;
  }

  /**
   * An action that lists what Gong answers in one request, optionally for one workspace
   * (scorecards, trackers, library folders, permission profiles): {@code {<field>: [...], count}}.
   *
   * @param workspaceId the {@code workspace_id} parameter (optional or required, as Gong has it),
   *     or null when the list takes no parameter
   * @param field the answer's name of the list, e.g. {@code trackers}
   * @param list reads the list for a workspace id (null: every workspace)
   */
  public static SimpleAction<String> listing(
      String name,
      List<String> aliases,
      List<String> toolsets,
      String description,
      Param workspaceId,
      String field,
      Function<String, List<?>> list) {
    return new SimpleAction<String>(
        name,
        aliases,
        toolsets,
        description,
        workspaceId == null ? ParamSet.of() : ParamSet.of(workspaceId.gongId()),
        new Listing(field, null), // columns from the items (they need not be records)
        p -> workspaceId == null ? null : p.text("workspace_id").orElse(null),
        workspace -> {
          List<?> items = list.apply(workspace);
          Map<String, Object> out = new LinkedHashMap<>();
          out.put(field, items);
          out.put("count", items.size());
          return out;
        });
  }

  @Override
  protected R request(Params values) {
    return request.apply(values);
  }

  @Override
  protected Object answer(R request, ProgressListener progress) {
    return answer.apply(request);
  }
}
