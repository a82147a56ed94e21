package dev.gongconnector.client.users;

import dev.gongconnector.client.internal.Check;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The filter of {@code POST /v2/users/extensive} (every part optional).
 *
 * @param createdFromDateTime users created at or after this time, or null
 * @param createdToDateTime users created before this time, or null
 * @param includeAvatars include synthetic users standing for Gong staff
 * @param userIds only these users, or null
 */
public record UserFilter(
    OffsetDateTime createdFromDateTime,
    OffsetDateTime createdToDateTime,
    boolean includeAvatars,
    List<String> userIds) {

  /**
   * Checks that each range ends after it starts.
   *
   * @param createdFromDateTime users created at or after this time, or null
   * @param createdToDateTime users created before this time, or null
   * @param includeAvatars include synthetic users standing for Gong staff
   * @param userIds only these users, or null
   */
  public UserFilter {
    Check.range(
        createdFromDateTime,
        createdToDateTime,
        "filter.createdFromDateTime",
        "filter.createdToDateTime");
    userIds = Check.ids(userIds, "filter.userIds");
  }

  /**
   * Only these users.
   *
   * @param userIds Gong user ids
   * @return the filter
   */
  public static UserFilter ofIds(Collection<String> userIds) {
    return new UserFilter(null, null, false, userIds == null ? null : new ArrayList<>(userIds));
  }

  /**
   * {@return users created in {@code [from, to)}}
   *
   * @param from start of the range
   * @param to end of the range
   */
  public static UserFilter createdBetween(OffsetDateTime from, OffsetDateTime to) {
    return new UserFilter(from, to, false, null);
  }
}
