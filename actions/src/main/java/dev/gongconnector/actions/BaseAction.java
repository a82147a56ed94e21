package dev.gongconnector.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.internal.ErrorMapper;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import java.util.List;
import java.util.Objects;

/**
 * Base of every action: reads and validates the parameters with its {@link ParamSet}, runs {@link
 * #run}, and turns whatever goes wrong into the envelope. Subclasses never catch Gong errors
 * themselves; they throw {@link InvalidParameterException} for input that only their own logic can
 * judge (e.g. a range whose end is before its start).
 */
public abstract class BaseAction implements Action {

  private final String name;
  private final List<String> aliases;
  private final String description;
  private final ParamSet params;
  private final boolean writes;

  protected BaseAction(
      String name, List<String> aliases, String description, ParamSet params, boolean writes) {
    this.name = Objects.requireNonNull(name, "name");
    this.aliases = List.copyOf(aliases);
    this.description = Objects.requireNonNull(description, "description");
    this.params = Objects.requireNonNull(params, "params");
    this.writes = writes;
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

  /** The parameter definitions, e.g. for a command line that builds options from them. */
  public final ParamSet paramSet() {
    return params;
  }

  @Override
  public final ActionResult execute(JsonNode input, ProgressListener progress) {
    try {
      Params values = params.read(input);
      validate(values);
      return ActionResult.ok(run(values, progress == null ? ProgressListener.NONE : progress));
    } catch (InvalidParameterException e) {
      return ActionResult.failure(ActionError.invalidParameter(e.parameter(), e.getMessage()));
    } catch (RuntimeException e) {
      return ActionResult.failure(ErrorMapper.toError(e));
    }
  }

  /**
   * Checks rules that span parameters (ranges, either-or) before anything is sent; the default
   * checks nothing.
   */
  protected void validate(Params values) {}

  /** Does the work and returns the {@code data} of a successful envelope; Gong errors propagate. */
  protected abstract JsonNode run(Params values, ProgressListener progress);

  @Override
  public String toString() {
    return "Action[" + name + "]";
  }
}
