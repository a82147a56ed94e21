package dev.gongconnector.simulator.users;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.calls.CallJson;
import dev.gongconnector.simulator.calls.Params;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.Json;
import dev.gongconnector.simulator.http.ListPages;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /v2/users}, {@code GET /v2/users/{id}} and {@code POST /v2/users/extensive}: 100 users
 * a page, cursor = position in the (fixed) user list. {@code includeAvatars} adds the synthetic
 * Gong staff users.
 */
public final class UsersHandler {

  private final Company company;
  private final Cursors cursors;

  public UsersHandler(Company company, Cursors cursors) {
    this.company = company;
    this.cursors = cursors;
  }

  /** {@code GET /v2/users?cursor=&includeAvatars=}. */
  public Response list(Request r) {
    boolean avatars = bool(r.query("includeAvatars"), "includeAvatars");
    Cursors.Cursor c = cursors.decodeIfAny(r.query("cursor"), "users");
    return page(r, all(avatars), c);
  }

  /**
   * {@code POST /v2/users/extensive} with {@code filter{createdFromDateTime, createdToDateTime,
   * includeAvatars, userIds}}.
   */
  public Response extensive(Request r) throws IOException {
    JsonNode body = r.jsonObject();
    JsonNode filter = Params.filter(body, Params.FILTER_MISSING);
    String from = Params.text(filter, "createdFromDateTime", "filter.createdFromDateTime");
    String to = Params.text(filter, "createdToDateTime", "filter.createdToDateTime");
    long fromMs =
        from == null ? Long.MIN_VALUE : Params.isoMillis("filter.createdFromDateTime", from);
    long toMs = to == null ? Long.MAX_VALUE : Params.isoMillis("filter.createdToDateTime", to);
    JsonNode av = filter.get("includeAvatars");
    if (av != null && !av.isNull() && !av.isBoolean()) {
      throw ApiException.badRequest("filter.includeAvatars: must be a boolean");
    }
    Set<String> ids = Params.idList(filter, "userIds", "filter.userIds");
    List<User> matching = new ArrayList<>();
    for (User u : all(av != null && av.asBoolean())) {
      if (u.createdMillis() >= fromMs
          && u.createdMillis() < toMs
          && (ids == null || ids.contains(u.id()))) {
        matching.add(u);
      }
    }
    Cursors.Cursor c = cursors.decodeIfAny(Params.text(body, "cursor", "cursor"), "users");
    if (matching.isEmpty()) {
      throw ApiException.notFound("No users found corresponding to the provided filters");
    }
    return page(r, matching, c);
  }

  /** {@code GET /v2/users/{id}}. */
  public Response get(Request r) {
    String id = r.pathParam(0);
    User u = Params.isId(id) ? company.user(id) : null;
    if (u == null) {
      throw ApiException.notFound("User not found");
    }
    return Response.ok(
        r,
        g -> {
          g.writeFieldName("user");
          write(g, u);
        });
  }

  private List<User> all(boolean avatars) {
    if (!avatars) {
      return company.users();
    }
    List<User> l = new ArrayList<>(company.users());
    l.addAll(company.avatars());
    return l;
  }

  private static boolean bool(String v, String name) {
    if (v == null || v.isEmpty()) {
      return false;
    }
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw ApiException.badRequest(name + ": must be true or false");
  }

  private Response page(Request r, List<User> users, Cursors.Cursor c) {
    return ListPages.page(r, cursors, "users", c, users, "users", UsersHandler::write);
  }

  static void write(JsonGenerator g, User u) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", u.id());
    g.writeStringField("emailAddress", u.emailAddress());
    g.writeStringField("created", CallJson.iso(u.createdMillis()));
    g.writeBooleanField("active", u.active());
    g.writeArrayFieldStart("emailAliases");
    for (String a : u.emailAliases()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeStringField("trustedEmailAddress", u.emailAddress());
    g.writeStringField("firstName", u.firstName());
    g.writeStringField("lastName", u.lastName());
    g.writeStringField("title", u.title());
    Json.stringOrNull(g, "phoneNumber", u.phoneNumber());
    Json.stringOrNull(g, "extension", u.extension());
    g.writeArrayFieldStart("personalMeetingUrls");
    if (u.personalMeetingUrl() != null) {
      g.writeString(u.personalMeetingUrl());
    }
    g.writeEndArray();
    g.writeObjectFieldStart("settings");
    boolean staff = u.avatar();
    g.writeBooleanField("webConferencesRecorded", !staff);
    g.writeBooleanField("preventWebConferenceRecording", false);
    g.writeBooleanField("telephonyCallsImported", u.role() == User.Role.SDR);
    g.writeBooleanField("emailsImported", !staff);
    g.writeBooleanField("preventEmailImport", false);
    g.writeBooleanField("nonRecordedMeetingsImported", !staff);
    g.writeBooleanField("gongConnectEnabled", !staff);
    g.writeEndObject();
    Json.stringOrNull(g, "managerId", u.managerId());
    Json.stringOrNull(g, "meetingConsentPageUrl", u.meetingConsentPageUrl());
    g.writeArrayFieldStart("spokenLanguages");
    g.writeStartObject();
    g.writeStringField("language", u.language());
    g.writeBooleanField("primary", true);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }
}
