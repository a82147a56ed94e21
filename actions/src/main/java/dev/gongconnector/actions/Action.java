package dev.gongconnector.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.params.Names;
import java.util.List;

/**
 * One thing an agent, a workflow or a person can do with Gong: a name, a description written for a
 * language model, a JSON Schema of its parameters and {@link #execute}, which never throws for a
 * Gong or network failure but returns it in the {@link ActionResult} envelope.
 *
 * <p>The MCP server and the command line both call {@code execute}: validation happens inside it,
 * before any request is sent, so both front ends share one code path.
 */
public interface Action {

  /** Canonical snake_case name, e.g. {@code add_new_call}. */
  String name();

  /** Other names accepted for this action, e.g. the seed's {@code add-call}. */
  List<String> aliases();

  /** What the action does, when to use it and what it returns; read by language models. */
  String description();

  /**
   * JSON Schema (draft 2020-12 object schema) of the parameters: types, enums, formats, required,
   * defaults.
   */
  ObjectNode inputSchema();

  /**
   * True when the action changes data in Gong; such actions are offered to agents only on request.
   */
  boolean writes();

  /**
   * Validates {@code params}, runs the action and returns the envelope; reports long work to {@code
   * progress}.
   */
  ActionResult execute(JsonNode params, ProgressListener progress);

  /**
   * Reads and validates {@code params} exactly as {@link #execute} does, without running or sending
   * anything: the given parameters normalised (canonical names, typed values) as {@code data}, or
   * the {@code invalid_parameter} error. Front ends call it to refuse bad input before connecting.
   */
  default ActionResult check(JsonNode params) {
    return ActionResult.ok(params);
  }

  /**
   * The canonical name of the parameter that {@code spelling} names (an alias, kebab-case,
   * camelCase), or null when the action takes no such parameter.
   */
  default String canonicalParameter(String spelling) {
    String name = Names.canonical(spelling);
    return inputSchema().path("properties").has(name) ? name : null;
  }

  /**
   * Where the answer keeps its list of rows and their record type, for tables and CSV; null when
   * the answer is one object or the action does not say.
   */
  default Listing listing() {
    return null;
  }

  /** Runs the action without progress reporting. */
  default ActionResult execute(JsonNode params) {
    return execute(params, ProgressListener.NONE);
  }

  /**
   * The MCP toolsets this action belongs to: its feature group ({@code calls, users, stats,
   * library, crm, admin}) and, for the few every agent needs, {@code default} (the set offered when
   * no toolset is asked for, at most {@link Toolsets#MAX_DEFAULT} tools). An action that does not
   * say is a {@code calls} tool outside the default set, so a new action never grows it unnoticed.
   */
  default List<String> toolsets() {
    return List.of("calls");
  }
}
