package dev.gongconnector.client.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * An access level with the team leads it applies to ({@code *AccessWithPermissionLevel}).
 *
 * @param permissionLevel all, managers-team, report-to-them, own or none
 * @param teamLeadIds team lead user ids
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessLevel(String permissionLevel, List<String> teamLeadIds) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param permissionLevel all, managers-team, report-to-them, own or none
   * @param teamLeadIds team lead user ids
   */
  public AccessLevel {
    teamLeadIds = Lists.copy(teamLeadIds);
  }
}
