package dev.gongconnector.simulator.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.calls.CallJson;
import dev.gongconnector.simulator.calls.Params;
import dev.gongconnector.simulator.http.ApiException;
import dev.gongconnector.simulator.http.Cursors;
import dev.gongconnector.simulator.http.Json;
import dev.gongconnector.simulator.http.ListPages;
import dev.gongconnector.simulator.http.Request;
import dev.gongconnector.simulator.http.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v2/crm/integrations}, {@code /v2/crm/entity-schema}, {@code /v2/crm/entities} and
 * {@code /v2/calls/manual-crm-associations}, with the scopes Gong documents for bearer tokens.
 */
public final class CrmHandlers {

  /** Gong: "the request is limited to 100 objects ... only the first 100 are returned". */
  static final int MAX_OBJECTS = 100;

  private final CrmData crm;
  private final ManualAssociations associations;
  private final Cursors cursors;

  public CrmHandlers(CrmData crm, ManualAssociations associations, Cursors cursors) {
    this.crm = crm;
    this.associations = associations;
    this.cursors = cursors;
  }

  /** {@code GET /v2/crm/integrations}: the one generic CRM integration. */
  public Response integrations(Request r) {
    return Response.ok(
        r,
        g -> {
          g.writeArrayFieldStart("integrations");
          g.writeStartObject();
          g.writeNumberField("integrationId", crm.integrationId());
          g.writeStringField("ownerEmail", crm.ownerEmail());
          g.writeStringField("name", crm.integrationName());
          g.writeEndObject();
          g.writeEndArray();
        });
  }

  /**
   * {@code GET /v2/crm/entity-schema?integrationId&objectType}: the fields of one type, or of all
   * types when {@code objectType} is absent (Gong's description says so, though its spec marks the
   * parameter required).
   */
  public Response schema(Request r) {
    integration(r);
    String type = r.query("objectType");
    List<String> types = type == null || type.isBlank() ? CrmData.TYPES : List.of(objectType(r));
    return Response.ok(
        r,
        g -> {
          g.writeObjectFieldStart("objectTypeToSelectedFields");
          for (String t : types) {
            g.writeArrayFieldStart(t);
            for (CrmData.Field f : crm.schema(t)) {
              // Gong's doc example shows "name"; its schema requires "uniqueName": we follow
              // the schema.
              g.writeStartObject();
              g.writeStringField("uniqueName", f.uniqueName());
              g.writeStringField("label", f.label());
              g.writeStringField("type", f.type());
              g.writeStringField("lastModified", CallJson.iso(lastModified()));
              g.writeBooleanField("isDeleted", false);
              Json.stringOrNull(g, "referenceTo", f.referenceTo());
              if (f.values() == null) {
                g.writeNullField("orderedValueList");
              } else {
                g.writeArrayFieldStart("orderedValueList");
                for (String v : f.values()) {
                  g.writeString(v);
                }
                g.writeEndArray();
              }
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        });
  }

  private long lastModified() {
    // Whole seconds: Gong's format for this field has no milliseconds.
    return associations.anchorMillis() - 200L * 86_400_000L;
  }

  /**
   * {@code GET /v2/crm/entities?integrationId&objectType} with the ids as a JSON array in the body
   * (as Gong documents; a GET with a body) or, for clients that cannot send one, as the query
   * parameter {@code objectsCrmIds} (comma-separated; unconfirmed that Gong reads it). Unknown ids
   * map to null; beyond 100 ids only the first 100 are answered.
   */
  public Response entities(Request r) throws IOException {
    integration(r);
    String type = objectType(r);
    Set<String> ids = ids(r);
    List<String> first = new ArrayList<>(ids).subList(0, Math.min(MAX_OBJECTS, ids.size()));
    return Response.ok(
        r,
        g -> {
          g.writeObjectFieldStart("crmObjectsMap");
          for (String id : first) {
            Map<String, Object> fields = crm.object(type, id);
            if (fields == null) {
              g.writeNullField(id);
              continue;
            }
            g.writeObjectFieldStart(id);
            for (Map.Entry<String, Object> f : fields.entrySet()) {
              g.writeObjectField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
          }
          g.writeEndObject();
        });
  }

  /** {@code GET /v2/calls/manual-crm-associations?fromDateTime&cursor}, oldest first. */
  public Response manualAssociations(Request r) {
    String from = r.query("fromDateTime");
    long fromMs =
        from == null || from.isBlank() ? Long.MIN_VALUE : Params.isoMillis("fromDateTime", from);
    Cursors.Cursor c = ListPages.cursor(r, cursors, "crm-assoc");
    return ListPages.page(
        r,
        cursors,
        "crm-assoc",
        c,
        associations.since(fromMs),
        "associations",
        (g, a) -> {
          g.writeStartObject();
          g.writeStringField("callId", a.callId());
          g.writeStringField("userId", a.userId());
          g.writeStringField("created", CallJson.iso(a.createdMillis()));
          g.writeArrayFieldStart("associatedCrmObjects");
          g.writeStartObject();
          g.writeStringField("accountCrmId", a.accountCrmId());
          if (a.dealCrmId() != null) {
            g.writeStringField("dealCrmId", a.dealCrmId());
          }
          g.writeEndObject();
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private void integration(Request r) {
    String v = ListPages.required(r, "integrationId");
    long id;
    try {
      id = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("integrationId: '" + Params.shorten(v) + "' is not a number");
    }
    if (id != crm.integrationId()) {
      // Unconfirmed: Gong's spec lists no 404 here; nothing matches, so 404 as for other look-ups.
      throw ApiException.notFound("integrationId: no CRM integration with id " + id);
    }
  }

  private static String objectType(Request r) {
    String t = ListPages.required(r, "objectType");
    if (!CrmData.TYPES.contains(t)) {
      throw ApiException.badRequest(
          "objectType: '"
              + Params.shorten(t)
              + "' is not one of "
              + String.join(", ", CrmData.TYPES)
              + " (case-sensitive)");
    }
    return t;
  }

  private static Set<String> ids(Request r) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    byte[] body = r.body().readNBytes(1 << 20);
    if (body.length > 0 && !new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      JsonNode n = Json.parse(body);
      if (!n.isArray()) {
        throw ApiException.badRequest(
            "objectsCrmIds: the body must be a JSON array of CRM id strings");
      }
      for (JsonNode e : n) {
        if (!e.isTextual() || e.textValue().isBlank()) {
          throw ApiException.badRequest("objectsCrmIds: each entry must be a non-empty string");
        }
        ids.add(e.textValue());
      }
    } else if (r.query("objectsCrmIds") != null) {
      for (String s : r.query("objectsCrmIds").split(",")) {
        if (!s.isBlank()) {
          ids.add(s.strip());
        }
      }
    }
    if (ids.isEmpty()) {
      throw ApiException.badRequest(
          "objectsCrmIds: required; send the CRM ids as a JSON array in the request body");
    }
    return ids;
  }
}
