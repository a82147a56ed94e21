package dev.gongconnector.simulator.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.calls.CallJson;
import dev.gongconnector.simulator.calls.CallStore;
import dev.gongconnector.simulator.calls.Params;
import dev.gongconnector.simulator.calls.SimCall;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.ListPages;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Access and audit: {@code POST /v2/calls/users-access}, {@code GET /v2/logs}, {@code GET
 * /v2/all-permission-profiles}, {@code GET /v2/permission-profile}, {@code GET
 * /v2/permission-profile/users}.
 */
public final class AccessHandlers {

  private final CallStore store;
  private final Company company;
  private final PermissionProfiles profiles;
  private final AuditLog log;
  private final Cursors cursors;

  public AccessHandlers(CallStore store, Cursors cursors) {
    this.store = store;
    this.company = store.company();
    this.profiles = new PermissionProfiles(company);
    this.log = new AuditLog(store);
    this.cursors = cursors;
  }

  /**
   * {@code POST /v2/calls/users-access {filter:{callIds}}}: users given individual access to each
   * call through the API (about one call in eight; one or two colleagues who were not on it).
   * Unknown ids are left out; none known is a 404 (unconfirmed).
   */
  public Response usersAccess(Request r) throws IOException {
    JsonNode body = r.jsonObject();
    JsonNode filter = body.get("filter");
    if (filter == null || !filter.isObject()) {
      throw ApiException.badRequest("filter: required object is missing");
    }
    Set<String> ids = Params.idList(filter, "callIds", "filter.callIds");
    if (ids == null || ids.isEmpty()) {
      throw ApiException.badRequest("filter.callIds: required, a non-empty array of call ids");
    }
    List<SimCall> calls = new ArrayList<>();
    for (String id : ids) {
      SimCall c = store.find(id);
      if (c != null) {
        calls.add(c);
      }
    }
    if (calls.isEmpty()) {
      throw ApiException.notFound("No calls found corresponding to the provided filters");
    }
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("callAccessList");
          for (SimCall c : calls) {
            g.writeStartObject();
            g.writeStringField("callId", c.idString());
            g.writeArrayFieldStart("users");
            for (User u : granted(c)) {
              g.writeStartObject();
              g.writeStringField("userId", u.id());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /** Users with individual access to a call: deterministic per call. */
  public List<User> granted(SimCall c) {
    long h = Ids.mix(c.id() ^ 0xACCE55L);
    List<User> out = new ArrayList<>();
    if (Math.floorMod(h, 8L) != 0) {
      return out;
    }
    int n = 1 + (int) Math.floorMod(h >>> 8, 2L);
    List<User> users = company.users();
    for (int i = 0; i < n; i++) {
      User u = users.get((int) Math.floorMod(h >>> (16 + 8 * i), (long) users.size()));
      if (!u.id().equals(c.primaryUserId()) && !out.contains(u)) {
        out.add(u);
      }
    }
    return out;
  }

  /** {@code GET /v2/logs?logType&fromDateTime&toDateTime&cursor}; nothing in range is a 404. */
  public Response logs(Request r) {
    String type = ListPages.required(r, "logType");
    if (!AuditLog.TYPES.contains(type)) {
      throw ApiException.badRequest(
          "logType: '"
              + Params.shorten(type)
              + "' is not one of "
              + String.join(", ", AuditLog.TYPES));
    }
    long from = Params.isoMillis("fromDateTime", ListPages.required(r, "fromDateTime"));
    String to = r.query("toDateTime");
    long toMs = to == null || to.isBlank() ? Long.MAX_VALUE : Params.isoMillis("toDateTime", to);
    if (toMs <= from) {
      throw ApiException.badRequest("toDateTime: must be after fromDateTime");
    }
    Cursors.Cursor c = ListPages.cursor(r, cursors, "logs");
    List<AuditLog.Entry> entries = log.entries(type, from, toMs);
    if (entries.isEmpty()) {
      // Gong documents a 404 for this endpoint; its text is unconfirmed.
      throw ApiException.notFound("No logs found corresponding to the provided filters");
    }
    return ListPages.page(
        r,
        cursors,
        "logs",
        c,
        entries,
        "logEntries",
        (g, e) -> {
          g.writeStartObject();
          if (e.user() != null) {
            g.writeStringField("userId", e.user().id());
          }
          g.writeStringField("userEmailAddress", e.email());
          if (e.name() != null) {
            g.writeStringField("userFullName", e.name());
          }
          g.writeStringField("eventTime", CallJson.iso(e.time()));
          g.writeObjectFieldStart("logRecord");
          for (Map.Entry<String, String> f : e.record().entrySet()) {
            g.writeStringField(f.getKey(), f.getValue());
          }
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  /**
   * {@code GET /v2/all-permission-profiles?workspaceId}, alphabetical. Gong documents no scope for
   * the permission-profile reads (unconfirmed); none is checked.
   */
  public Response allProfiles(Request r) {
    String ws = ListPages.required(r, "workspaceId");
    if (company.workspace(ws) == null) {
      throw ApiException.notFound("workspaceId: no workspace with id " + Params.shorten(ws));
    }
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("profiles");
          for (PermissionProfiles.Profile p : profiles.ofWorkspace(ws)) {
            ProfileJson.write(g, p);
          }
          g.writeEndArray();
        });
  }

  /** {@code GET /v2/permission-profile?profileId}. */
  public Response profile(Request r) {
    PermissionProfiles.Profile p = profileOf(r);
    return Response.ok(
        r,
        g -> {
          g.writeFieldName("profile");
          ProfileJson.write(g, p);
        });
  }

  /** {@code GET /v2/permission-profile/users?profileId} (scope {@code api:users:read}). */
  public Response profileUsers(Request r) {
    PermissionProfiles.Profile p = profileOf(r);
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("users");
          for (User u : profiles.users(p.id())) {
            g.writeStartObject();
            g.writeStringField("id", u.id());
            g.writeStringField("fullName", u.fullName());
            g.writeStringField("emailAddress", u.emailAddress());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  private PermissionProfiles.Profile profileOf(Request r) {
    String id = ListPages.required(r, "profileId");
    PermissionProfiles.Profile p = profiles.profile(id);
    if (p == null) {
      throw ApiException.notFound("profileId: no permission profile with id " + Params.shorten(id));
    }
    return p;
  }
}
