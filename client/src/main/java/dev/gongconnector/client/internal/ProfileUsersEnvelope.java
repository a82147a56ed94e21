package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Answer of {@code GET /v2/permission-profile/users}.
 *
 * @param requestId request id
 * @param users users
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProfileUsersEnvelope(
    String requestId, List<dev.gongconnector.client.access.ProfileUser> users) {

  public ProfileUsersEnvelope {
    users = Lists.copy(users);
  }
}
