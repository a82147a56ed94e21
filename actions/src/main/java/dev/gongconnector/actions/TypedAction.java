package dev.gongconnector.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import java.util.List;

/**
 * The pattern for new actions: the parameters are read and validated once by the {@link ParamSet},
 * turned once into a typed request record ({@link #request}), and the request is run ({@link
 * #answer}) into an output record that the one configured mapper ({@link Json#MAPPER}) serialises.
 * See {@code workspaces/ListWorkspacesAction} and {@code users/GetUserAction}.
 *
 * @param <R> the request record (use {@link Void} and return null when there are no parameters)
 */
public abstract class TypedAction<R> extends AbstractAction {

  protected TypedAction(
      String name, List<String> aliases, String description, ParamSet params, boolean writes) {
    super(name, aliases, description, params, writes, null);
  }

  /** A read action in these MCP {@code toolsets} ({@link Action#toolsets()}). */
  protected TypedAction(
      String name,
      List<String> aliases,
      List<String> toolsets,
      String description,
      ParamSet params) {
    super(name, aliases, description, params, false, toolsets);
  }

  /**
   * The typed request; throws {@link InvalidParameterException} for rules that span parameters.
   * Sends nothing.
   */
  protected abstract R request(Params values);

  /** Runs the request and returns the answer (a record, list or tree); Gong errors propagate. */
  protected abstract Object answer(R request, ProgressListener progress);

  @Override
  final Object parse(Params values) {
    return request(values);
  }

  @Override
  @SuppressWarnings("unchecked")
  final JsonNode perform(Object request, ProgressListener progress) {
    return Json.MAPPER.valueToTree(answer((R) request, progress));
  }
}
