package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.users.User;
import java.util.List;

/**
 * Answer of {@code GET /v2/users} and {@code POST /v2/users/extensive}.
 *
 * @param requestId request id
 * @param records paging
 * @param users users
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UsersEnvelope(String requestId, PageInfo records, List<User> users) {

  public UsersEnvelope {
    users = Lists.copy(users);
  }
}
