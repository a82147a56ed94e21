package dev.gongconnector.actions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the MCP tools for a {@code --toolsets} value: {@code default} (at most {@value
 * #MAX_DEFAULT} tools covering the seed actions and search), {@code all}, or a comma-separated list
 * of groups ({@code calls,users,stats,library,crm,admin}, {@code default} may be one of them).
 * Agents choose worse among many tools, so only what is asked for is offered. Membership is each
 * action's {@link Action#toolsets()}.
 */
public final class Toolsets {

  /** The groups a {@code --toolsets} value may name (besides {@code all}). */
  public static final List<String> NAMES =
      List.of("default", "calls", "users", "stats", "library", "crm", "admin");

  /** Most tools in the default set (write tools included). */
  public static final int MAX_DEFAULT = 15;

  private Toolsets() {}

  /** The names in {@code spec}; null or blank means {@code default}. */
  public static Set<String> parse(String spec) {
    Set<String> out = new LinkedHashSet<>();
    if (spec == null || spec.isBlank()) {
      out.add("default");
      return out;
    }
    for (String part : spec.split(",")) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (!name.equals("all") && !NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown toolset '" + part.strip() + "'; choose from all, " + String.join(", ", NAMES));
      }
      out.add(name);
    }
    if (out.isEmpty()) {
      out.add("default");
    }
    return out;
  }

  /** The actions of {@code actions} that belong to one of the toolsets of {@code spec}. */
  public static List<Action> select(List<Action> actions, String spec) {
    Set<String> wanted = parse(spec);
    if (wanted.contains("all")) {
      return List.copyOf(actions);
    }
    List<Action> out = new ArrayList<>();
    for (Action a : actions) {
      for (String t : a.toolsets()) {
        if (wanted.contains(t)) {
          out.add(a);
          break;
        }
      }
    }
    return List.copyOf(out);
  }
}
