package dev.gongconnector.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.internal.ErrorMapper;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import java.util.List;
import java.util.Objects;

/**
 * What every action shares: name, aliases, description, the {@link ParamSet} that is the one parser
 * and validator, and {@link #execute}, which turns whatever goes wrong into the envelope. Actions
 * extend {@link TypedAction}.
 */
public abstract class AbstractAction implements Action {

  private final String name;
  private final List<String> aliases;
  private final String description;
  private final ParamSet params;
  private final boolean writes;
  private final List<String> toolsets;
  private volatile boolean definitionOnly;
  private Listing listing;

  /**
   * @param toolsets the MCP toolsets ({@link Action#toolsets()}), or null for the default
   */
  AbstractAction(
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
      parse(values);
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
      Object request = parse(params.read(input));
      return ActionResult.ok(perform(request, progress == null ? ProgressListener.NONE : progress));
    } catch (InvalidParameterException e) {
      return ActionResult.failure(ActionError.invalidParameter(e.parameter(), e.getMessage()));
    } catch (RuntimeException e) {
      return ActionResult.failure(ErrorMapper.toError(e));
    }
  }

  /** Turns validated values into what {@link #perform} runs, checking cross-parameter rules. */
  abstract Object parse(Params values);

  /** Runs what {@link #parse} made; returns the {@code data} of the envelope. */
  abstract JsonNode perform(Object request, ProgressListener progress);

  @Override
  public String toString() {
    return "Action[" + name + "]";
  }
}
