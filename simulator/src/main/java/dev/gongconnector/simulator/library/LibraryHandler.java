package dev.gongconnector.simulator.library;

import dev.gongconnector.simulator.calls.CallJson;
import dev.gongconnector.simulator.calls.Params;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code GET /v2/library/folders} and {@code GET /v2/library/folder-content}; no paging. */
public final class LibraryHandler {

  private final Company company;
  private final LibraryFolders library;

  public LibraryHandler(Company company, LibraryFolders library) {
    this.company = company;
    this.library = library;
  }

  /** {@code GET /v2/library/folders?workspaceId=}: all folders, or those of one workspace. */
  public Response folders(Request r) {
    String ws = r.query("workspaceId");
    boolean filtered = ws != null && !ws.isEmpty();
    if (filtered && company.workspace(ws) == null) {
      // Gong documents 404 for "no folders found"; an unknown workspace has none.
      throw ApiException.notFound("No folders found for workspace " + ws);
    }
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("folders");
          for (LibraryFolders.Folder f : library.all()) {
            if (filtered && !f.workspaceId().equals(ws)) {
              continue;
            }
            g.writeStartObject();
            g.writeStringField("id", f.id());
            g.writeStringField("name", f.name());
            if (f.parentId() != null) {
              g.writeStringField("parentFolderId", f.parentId());
            }
            g.writeStringField("createdBy", f.createdBy());
            g.writeStringField("updated", CallJson.iso(f.updatedMillis()));
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /** {@code GET /v2/library/folder-content?folderId=}. */
  public Response content(Request r) {
    String id = r.query("folderId");
    if (id == null || id.isEmpty()) {
      // The spec marks folderId optional, but there is no content without a folder (unconfirmed).
      throw ApiException.badRequest("folderId: required query parameter is missing");
    }
    if (!Params.isId(id)) {
      throw ApiException.badRequest("folderId: must be a numeric id of up to 20 digits");
    }
    LibraryFolders.Folder f = library.find(id);
    if (f == null) {
      throw ApiException.notFound("No folder found with id " + id);
    }
    return Response.ok(
        r,
        g -> {
          g.writeStringField("id", f.id());
          g.writeStringField("name", f.name());
          g.writeStringField("createdBy", f.createdBy());
          g.writeStringField("updated", CallJson.iso(f.updatedMillis()));
          g.writeArrayFieldStart("calls");
          for (LibraryFolders.Entry e : f.calls()) {
            g.writeStartObject();
            g.writeStringField("id", e.call().idString());
            g.writeStringField("title", e.call().title());
            g.writeStringField("note", e.note());
            g.writeStringField("addedBy", e.addedBy());
            g.writeStringField("created", CallJson.iso(e.createdMillis()));
            g.writeStringField("url", url(e));
            g.writeObjectFieldStart("snippet");
            g.writeNumberField("fromSec", e.from());
            g.writeNumberField("toSec", e.to());
            g.writeEndObject();
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  // Gong's link to the call with the library highlight, as in its example.
  private static String url(LibraryFolders.Entry e) {
    String h = "[{\"to\": " + e.to() + ", \"from\": " + e.from() + ", \"type\": \"LIBRARY\"}]";
    return e.call().url() + "&highlights=" + URLEncoder.encode(h, StandardCharsets.UTF_8);
  }
}
