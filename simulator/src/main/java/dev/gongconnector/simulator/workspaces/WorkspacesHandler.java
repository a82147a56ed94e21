package dev.gongconnector.simulator.workspaces;

import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Workspace;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;

/** {@code GET /v2/workspaces}: all workspaces, no paging. */
public final class WorkspacesHandler {

  private final Company company;

  public WorkspacesHandler(Company company) {
    this.company = company;
  }

  public Response list(Request r) {
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("workspaces");
          for (Workspace w : company.workspaces()) {
            g.writeStartObject();
            g.writeStringField("id", w.id());
            g.writeStringField("name", w.name());
            g.writeStringField("description", w.description());
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }
}
