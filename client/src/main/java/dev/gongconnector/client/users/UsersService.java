package dev.gongconnector.client.users;

import dev.gongconnector.client.NotFoundException;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.Pages;
import dev.gongconnector.client.internal.Paging;
import dev.gongconnector.client.internal.Transport;
import dev.gongconnector.client.internal.UserEnvelope;
import dev.gongconnector.client.internal.UsersEnvelope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Gong's user endpoints. Obtain it from {@code GongClient.users()}. Thread-safe. */
public final class UsersService {

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public UsersService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /** {@return all users, lazily ({@code GET /v2/users}), without Gong-staff avatars} */
  public Stream<User> list() {
    return list(false);
  }

  /**
   * {@return all users, lazily; {@code includeAvatars} adds synthetic users standing for Gong
   * staff}
   *
   * @param includeAvatars whether to include the users' avatar URLs
   */
  public Stream<User> list(boolean includeAvatars) {
    return Paging.stream(cursor -> listPage(includeAvatars, cursor), null);
  }

  /**
   * {@return one page of users; {@code cursor} null for the first page}
   *
   * @param includeAvatars whether to include the users' avatar URLs
   * @param cursor Gong's cursor from the previous page, or null for the first page
   */
  public Page<User> listPage(boolean includeAvatars, String cursor) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("cursor", cursor);
    if (includeAvatars) {
      q.put("includeAvatars", "true");
    }
    UsersEnvelope e =
        transport.send(ApiRequest.get(Bodies.query("/v2/users", q)), UsersEnvelope.class);
    return Pages.of(e.users(), e.records(), e.requestId());
  }

  /**
   * {@return one user ({@code GET /v2/users/{id}}); {@link NotFoundException} when unknown}
   *
   * @param userId a Gong user id
   */
  public User get(String userId) {
    String id = Check.required(userId, "userId");
    UserEnvelope e =
        transport.send(ApiRequest.get("/v2/users/" + Bodies.segment(id)), UserEnvelope.class);
    if (e.user() == null) {
      throw new NotFoundException(
          404, e.requestId(), List.of(), "Gong returned no user for id " + id, null);
    }
    return e.user();
  }

  /**
   * {@return users matching a filter, lazily ({@code POST /v2/users/extensive}); nothing matching
   * is an empty stream}
   *
   * @param filter which records to read
   */
  public Stream<User> list(UserFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return Paging.stream(cursor -> listPage(filter, cursor), null);
  }

  /**
   * {@return one page of users matching a filter; the cursor goes in the body}
   *
   * @param filter which records to read
   * @param cursor Gong's cursor from the previous page, or null for the first page
   */
  public Page<User> listPage(UserFilter filter, String cursor) {
    try {
      UsersEnvelope e =
          transport.send(
              ApiRequest.postJson("/v2/users/extensive", Bodies.users(filter, cursor), true),
              UsersEnvelope.class);
      return Pages.of(e.users(), e.records(), e.requestId());
    } catch (NotFoundException e) {
      if (cursor != null) {
        throw e; // not "no more users": never end a listing early and quietly
      }
      return Page.empty(e.requestId()); // Gong: 404 when nothing matches
    }
  }

  /**
   * {@return how a user's settings changed over time ({@code GET /v2/users/{id}/settings-history}),
   * oldest first as Gong sends them; {@link NotFoundException} when the user is unknown}
   *
   * @param userId a Gong user id
   */
  public List<SettingChange> settingsHistory(String userId) {
    String id = Check.required(userId, "userId");
    return transport
        .send(
            ApiRequest.get("/v2/users/" + Bodies.segment(id) + "/settings-history"),
            dev.gongconnector.client.internal.SettingsHistoryEnvelope.class)
        .userSettingsHistory();
  }
}
