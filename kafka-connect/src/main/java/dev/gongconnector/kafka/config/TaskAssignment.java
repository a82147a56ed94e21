package dev.gongconnector.kafka.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the connector hands to each task: its workspaces, whether it reads users, and its share of
 * the quota.
 */
public final class TaskAssignment {

  public static final String TASK_INDEX = "task.index";
  public static final String TASK_COUNT = "task.count";
  public static final String TASK_WORKSPACES = "task.workspaces";
  public static final String TASK_USERS = "task.users";

  /** In {@link #TASK_WORKSPACES}: read calls without a workspace filter. */
  public static final String ALL = "*";

  private TaskAssignment() {}

  /**
   * Splits workspaces round-robin over at most {@code maxTasks} tasks. Users go to task 0. Every
   * task gets the same {@code task.count}, so their rate slots interleave.
   */
  public static List<Map<String, String>> split(
      Map<String, String> connectorProps,
      List<String> workspaces,
      boolean calls,
      boolean users,
      int maxTasks) {
    List<String> units = calls ? (workspaces.isEmpty() ? List.of(ALL) : workspaces) : List.of();
    int n = Math.max(1, Math.min(maxTasks, units.size()));
    List<List<String>> perTask = new ArrayList<>();
    for (int i = 0; i < n; i++) perTask.add(new ArrayList<>());
    for (int i = 0; i < units.size(); i++) perTask.get(i % n).add(units.get(i));
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, String> p = new HashMap<>(connectorProps);
      p.put(TASK_INDEX, Integer.toString(i));
      p.put(TASK_COUNT, Integer.toString(n));
      p.put(TASK_WORKSPACES, String.join(",", perTask.get(i)));
      p.put(TASK_USERS, Boolean.toString(users && i == 0));
      out.add(p);
    }
    return out;
  }
}
