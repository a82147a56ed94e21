package dev.gongconnector.simulator.flows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.calls.CallJson;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.User;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.ListPages;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code GET /v2/flows} and {@code POST /v2/flows/prospects} (scope {@code api:flows:read}). */
public final class FlowsHandlers {

  private final Company company;
  private final FlowsData flows;
  private final Cursors cursors;

  public FlowsHandlers(Company company, FlowsData flows, Cursors cursors) {
    this.company = company;
    this.flows = flows;
    this.cursors = cursors;
  }

  /** {@code GET /v2/flows?flowOwnerEmail&workspaceId&cursor}. */
  public Response list(Request r) {
    String email = ListPages.required(r, "flowOwnerEmail").toLowerCase(Locale.ROOT);
    User owner = null;
    for (User u : company.users()) {
      if (u.emailAddress().equalsIgnoreCase(email)) {
        owner = u;
      }
    }
    if (owner == null) {
      // Unconfirmed: Gong's spec lists 400 only; nothing matches, so 404 as for other look-ups.
      throw ApiException.notFound("flowOwnerEmail: no user with email " + email);
    }
    String ws = r.query("workspaceId");
    if (ws != null && company.workspace(ws) == null) {
      throw ApiException.notFound("workspaceId: no workspace with id " + ws);
    }
    Cursors.Cursor c = ListPages.cursor(r, cursors, "flows");
    return ListPages.page(
        r,
        cursors,
        "flows",
        c,
        flows.visibleTo(owner, ws),
        "flows",
        (g, f) -> {
          g.writeStartObject();
          g.writeStringField("id", f.id());
          g.writeStringField("name", f.name());
          if (f.folderId() != null) {
            g.writeStringField("folderId", f.folderId());
            g.writeStringField("folderName", f.folderName());
          }
          g.writeStringField("visibility", f.visibility());
          g.writeStringField("creationDate", CallJson.iso(f.createdMillis()));
          g.writeBooleanField("exclusive", f.exclusive());
          g.writeEndObject();
        });
  }

  /** {@code POST /v2/flows/prospects {crmProspectsIds}}: the flows these prospects are in. */
  public Response prospects(Request r) throws IOException {
    JsonNode body = r.jsonObject();
    JsonNode ids = body.get("crmProspectsIds");
    if (ids == null || ids.isNull()) {
      throw ApiException.badRequest("crmProspectsIds: required field is missing");
    }
    if (!ids.isArray() || ids.isEmpty()) {
      throw ApiException.badRequest("crmProspectsIds: must be a non-empty array of CRM ids");
    }
    List<FlowsData.Assignment> found = new ArrayList<>();
    for (JsonNode id : ids) {
      if (!id.isTextual()) {
        throw ApiException.badRequest("crmProspectsIds: each entry must be a string");
      }
      FlowsData.Assignment a = flows.assignment(id.textValue());
      if (a != null) {
        found.add(a);
      }
    }
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("prospectsAssigned");
          for (FlowsData.Assignment a : found) {
            g.writeStartObject();
            g.writeStringField("flowId", a.flow().id());
            g.writeStringField("flowName", a.flow().name());
            g.writeStringField("crmProspectId", a.crmProspectId());
            g.writeStringField("flowInstanceId", a.instanceId());
            g.writeStringField("flowInstanceOwnerEmail", a.owner().emailAddress());
            g.writeStringField("flowInstanceOwnerFullName", a.owner().fullName());
            g.writeStringField("flowInstanceCreateDate", CallJson.iso(a.createdMillis()));
            g.writeStringField("flowInstanceStatus", a.status());
            g.writeStringField("workspaceId", a.flow().workspaceId());
            g.writeBooleanField("exclusive", a.flow().exclusive());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }
}
