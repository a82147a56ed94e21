package dev.gongconnector.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import java.util.List;

/**
 * An action that works on the validated {@link Params} directly: {@link #validate} checks
 * cross-parameter rules, {@link #run} does the work. Subclasses never catch Gong errors themselves;
 * they throw {@link InvalidParameterException} for input that only their own logic can judge. New
 * actions use {@link TypedAction} instead (a typed request, parsed once).
 */
public abstract class BaseAction extends AbstractAction {

  protected BaseAction(
      String name, List<String> aliases, String description, ParamSet params, boolean writes) {
    super(name, aliases, description, params, writes, null);
  }

  /**
   * Checks rules that span parameters (ranges, either-or) before anything is sent; the default
   * checks nothing.
   */
  protected void validate(Params values) {}

  /** Does the work and returns the {@code data} of a successful envelope; Gong errors propagate. */
  protected abstract JsonNode run(Params values, ProgressListener progress);

  @Override
  final Object parse(Params values) {
    validate(values);
    return values;
  }

  @Override
  final JsonNode perform(Object request, ProgressListener progress) {
    return run((Params) request, progress);
  }
}
