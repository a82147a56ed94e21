package dev.gongconnector.client.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * Users given individual access to one call ({@code CallAccessDetails}).
 *
 * @param callId call id
 * @param users the users
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallAccess(String callId, List<UserAccess> users) {

  /**
   * Checks that {@code callId} is present, copies the lists (null becomes empty), so the record
   * stays immutable.
   *
   * @param callId call id
   * @param users the users
   */
  public CallAccess {
    java.util.Objects.requireNonNull(callId, "callId");
    users = Lists.copy(users);
  }
}
