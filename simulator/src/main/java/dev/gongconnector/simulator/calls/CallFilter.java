package dev.gongconnector.simulator.calls;

import java.util.Set;

/**
 * Which calls a listing covers.
 *
 * @param fromMillis inclusive lower bound on the start time ({@link Long#MIN_VALUE} for none)
 * @param toMillis exclusive upper bound ({@link Long#MAX_VALUE} for none)
 * @param workspaceId or null for all workspaces
 * @param callIds or null for any call
 * @param primaryUserIds or null for any host
 */
public record CallFilter(
    long fromMillis,
    long toMillis,
    String workspaceId,
    Set<String> callIds,
    Set<String> primaryUserIds) {

  boolean matches(SimCall c) {
    return c.startedMillis() >= fromMillis
        && c.startedMillis() < toMillis
        && (workspaceId == null || workspaceId.equals(c.workspaceId()))
        && (callIds == null || callIds.contains(c.idString()))
        && (primaryUserIds == null || primaryUserIds.contains(c.primaryUserId()));
  }
}
