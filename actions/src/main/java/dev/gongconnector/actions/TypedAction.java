package dev.gongconnector.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.internal.ErrorMapper;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import java.util.List;
import java.util.Objects;

/**
 * Every action: name, aliases, description, and the {@link ParamSet} that is the one parser and
 * validator. The parameters are read once, turned once into a typed request record ({@link
 * #request}), and the request is run ({@link #answer}) into an output record that the one
 * configured mapper ({@link Json#mapper()}) serialises; {@link #execute} turns whatever goes wrong
 * into the envelope. See {@code workspaces/ListWorkspacesAction} and {@code users/GetUserAction}.
 *
 * @param <R> the request record (use {@link Void} and return null when there are no parameters)
 */
public abstract class TypedAction<R> implements Action {

  private final String name;
  private final List<String> aliases;
  private final String description;
  private final ParamSet params;
  private final boolean writes;
  private final List<String> toolsets;
  private volatile boolean definitionOnly;
  private Listing listing;

  protected TypedAction(
      String name, List<String> aliases, String description, ParamSet params, boolean writes) {
    this(name, aliases, description, params, writes, null);
  }

  /** A read action in these MCP {@code toolsets} ({@link Action#toolsets()}). */
  protected TypedAction(
      String name,
      List<String> aliases,
      List<String> toolsets,
      String description,
      ParamSet params) {
    this(name, aliases, description, params, false, toolsets);
  }

  private TypedAction(
      String name,
      List<String> aliases,
      String description,
      ParamSet params,
      boolean writes,
      List<String> toolsets) {
    this.name = Objects.requireNonNull(name, "name");
    this.aliases = List.copyOf(aliases);
    this.description = Objects.requireNonNull(description, "description");
    this.params = Objects.requireNonNull(params, "params");
    this.writes = writes;
    this.toolsets = toolsets == null ? Action.super.toolsets() : List.copyOf(toolsets);
  }

  /**
   * The typed request; throws {@link InvalidParameterException} for rules that span parameters.
   * Sends nothing.
   */
  protected abstract R request(Params values);

  /** Runs the request and returns the answer (a record, list or tree); Gong errors propagate. */
  protected abstract Object answer(R request, ProgressListener progress);

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> aliases() {
    return aliases;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final ObjectNode inputSchema() {
    return params.schema();
  }

  @Override
  public final boolean writes() {
    return writes;
  }

  @Override
  public List<String> toolsets() {
    return toolsets;
  }

  /** Declares that the answer lists {@code row}s in {@code field} ({@link #listing()}). */
  protected final void lists(String field, Class<? extends Record> row) {
    this.listing = new Listing(field, row);
  }

  @Override
  public final Listing listing() {
    return listing;
  }

  /** The parameter definitions, e.g. for a command line that builds options from them. */
  public final ParamSet paramSet() {
    return params;
  }

  @Override
  public final String canonicalParameter(String spelling) {
    Param p = params.bySpelling(spelling);
    return p == null ? null : p.name();
  }

  @Override
  public final ActionResult check(JsonNode input) {
    try {
      Params values = params.read(input);
      request(values);
      return ActionResult.ok(values.given());
    } catch (InvalidParameterException e) {
      return ActionResult.failure(ActionError.invalidParameter(e.parameter(), e.getMessage()));
    }
  }

  /** Marks an action built without a client ({@link ActionRegistry#describing()}). */
  final void definitionOnly() {
    this.definitionOnly = true;
  }

  @Override
  public final ActionResult execute(JsonNode input, ProgressListener progress) {
    if (definitionOnly) {
      return ActionResult.failure(
          new ActionError(
              ErrorType.INTERNAL,
              "action '"
                  + name
                  + "' is a definition only (built without a Gong client); run it from"
                  + " ActionRegistry.builder(client)",
              null,
              null,
              null));
    }
    try {
      R request = request(params.read(input));
      ProgressListener p = progress == null ? ProgressListener.NONE : progress;
      return ActionResult.ok(Json.mapper().valueToTree(answer(request, p)));
    } catch (InvalidParameterException e) {
      return ActionResult.failure(ActionError.invalidParameter(e.parameter(), e.getMessage()));
    } catch (RuntimeException e) {
      return ActionResult.failure(ErrorMapper.toError(e));
    }
  }

  @Override
  public String toString() {
    return "Action[" + name + "]";
  }
}
