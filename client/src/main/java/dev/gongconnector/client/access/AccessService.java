package dev.gongconnector.client.access;

import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.NotFoundException;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.CallsAccessEnvelope;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.LogsEnvelope;
import dev.gongconnector.client.internal.Pages;
import dev.gongconnector.client.internal.Paging;
import dev.gongconnector.client.internal.PermissionProfileEnvelope;
import dev.gongconnector.client.internal.PermissionProfilesEnvelope;
import dev.gongconnector.client.internal.ProfileUsersEnvelope;
import dev.gongconnector.client.internal.Transport;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Access and audit: who has individual access to calls, audit logs, permission profiles. From
 * {@code GongClient.access()}. Thread-safe.
 */
public final class AccessService {

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public AccessService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /**
   * {@return users given individual access to these calls through the API ({@code POST
   * /v2/calls/users-access}; access through profiles or sharing is not listed)}
   *
   * @param callIds Gong call ids
   */
  public List<CallAccess> usersAccess(Collection<String> callIds) {
    if (callIds == null || callIds.isEmpty()) {
      throw InvalidRequestException.ofField("filter.callIds", "at least one call id is required");
    }
    List<String> ids = Check.ids(callIds, "filter.callIds");
    byte[] body = Bodies.bytes(Map.of("filter", Map.of("callIds", ids)));
    return transport
        .send(ApiRequest.postJson("/v2/calls/users-access", body, true), CallsAccessEnvelope.class)
        .callAccessList();
  }

  /**
   * {@return audit log entries of one type from {@code from} to {@code to} (null: until now),
   * lazily ({@code GET /v2/logs}); nothing logged in the range is an empty stream}
   *
   * @param type the kind of log entries
   * @param from start of the range
   * @param to end of the range
   */
  public Stream<LogEntry> logs(LogType type, OffsetDateTime from, OffsetDateTime to) {
    Check.required(type, "logType");
    Check.required(from, "fromDateTime");
    return Paging.stream(cursor -> logsPage(type, from, to, cursor), LogEntry::eventTime);
  }

  /**
   * {@return one page of log entries; {@code cursor} null for the first}
   *
   * @param type the kind of log entries
   * @param from start of the range
   * @param to end of the range
   * @param cursor Gong's cursor from the previous page, or null for the first page
   */
  public Page<LogEntry> logsPage(
      LogType type, OffsetDateTime from, OffsetDateTime to, String cursor) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("logType", Check.required(type, "logType").name());
    q.put("fromDateTime", Bodies.iso(Check.required(from, "fromDateTime")));
    q.put("toDateTime", to == null ? null : Bodies.iso(to));
    q.put("cursor", cursor);
    try {
      LogsEnvelope e =
          transport.send(ApiRequest.get(Bodies.query("/v2/logs", q)), LogsEnvelope.class);
      return Pages.of(e.logEntries(), e.records(), e.requestId());
    } catch (NotFoundException e) {
      if (cursor != null) {
        throw e; // never end a listing early and quietly
      }
      return Page.empty(e.requestId()); // Gong: 404 when nothing was logged in the range
    }
  }

  /**
   * {@return permission profiles of a workspace, by name ({@code GET /v2/all-permission-profiles})}
   *
   * @param workspaceId a Gong workspace id
   */
  public List<PermissionProfile> permissionProfiles(String workspaceId) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("workspaceId", Check.required(workspaceId, "workspaceId"));
    return transport
        .send(
            ApiRequest.get(Bodies.query("/v2/all-permission-profiles", q)),
            PermissionProfilesEnvelope.class)
        .profiles();
  }

  /**
   * {@return one permission profile ({@code GET /v2/permission-profile}); 404 when unknown}
   *
   * @param profileId a permission profile id
   */
  public PermissionProfile permissionProfile(String profileId) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("profileId", Check.required(profileId, "profileId"));
    PermissionProfileEnvelope e =
        transport.send(
            ApiRequest.get(Bodies.query("/v2/permission-profile", q)),
            PermissionProfileEnvelope.class);
    if (e.profile() == null) {
      throw new NotFoundException(
          404, e.requestId(), List.of(), "Gong returned no profile for id " + profileId, null);
    }
    return e.profile();
  }

  /**
   * {@return users whose access the profile controls ({@code GET /v2/permission-profile/users})}
   *
   * @param profileId a permission profile id
   */
  public List<ProfileUser> permissionProfileUsers(String profileId) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("profileId", Check.required(profileId, "profileId"));
    return transport
        .send(
            ApiRequest.get(Bodies.query("/v2/permission-profile/users", q)),
            ProfileUsersEnvelope.class)
        .users();
  }
}
