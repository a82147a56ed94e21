package dev.gongconnector.client.crm;

import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.CrmIntegrationsEnvelope;
import dev.gongconnector.client.internal.CrmObjectsEnvelope;
import dev.gongconnector.client.internal.CrmSchemaEnvelope;
import dev.gongconnector.client.internal.ManualAssociationsEnvelope;
import dev.gongconnector.client.internal.Pages;
import dev.gongconnector.client.internal.Paging;
import dev.gongconnector.client.internal.Transport;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Gong's CRM read endpoints: the generic CRM integration, its schema, its objects, and calls
 * associated by hand with CRM objects. From {@code GongClient.crm()}. Thread-safe.
 */
public final class CrmService {

  /** Gong answers at most 100 objects a request ("only the first 100 are returned"). */
  static final int MAX_IDS = 100;

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public CrmService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /** {@return the generic CRM integrations ({@code GET /v2/crm/integrations}; Gong allows one)} */
  public List<CrmIntegration> integrations() {
    return transport
        .send(ApiRequest.get("/v2/crm/integrations"), CrmIntegrationsEnvelope.class)
        .integrations();
  }

  /**
   * Schema fields per object type ({@code GET /v2/crm/entity-schema}); {@code type} null for every
   * type.
   *
   * @param integrationId a CRM integration id
   * @param type the CRM object type
   * @return the fields of each object type
   */
  public Map<String, List<CrmSchemaField>> schema(long integrationId, CrmObjectType type) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("integrationId", Long.toString(integrationId));
    q.put("objectType", type == null ? null : type.name());
    Map<String, List<CrmSchemaField>> m =
        transport
            .send(ApiRequest.get(Bodies.query("/v2/crm/entity-schema", q)), CrmSchemaEnvelope.class)
            .objectTypeToSelectedFields();
    return m == null ? Map.of() : m;
  }

  /**
   * {@return CRM objects by CRM id ({@code GET /v2/crm/entities}, the ids in the body as Gong
   * documents), in the order asked, each a map of field name to value; an id Gong does not know
   * maps to null. More than 100 ids are sent 100 at a time (Gong silently answers only the first
   * 100)}
   *
   * @param integrationId a CRM integration id
   * @param type the CRM object type
   * @param crmIds CRM ids
   */
  public Map<String, Map<String, Object>> entities(
      long integrationId, CrmObjectType type, Collection<String> crmIds) {
    Objects.requireNonNull(type, "objectType");
    if (crmIds == null || crmIds.isEmpty()) {
      throw InvalidRequestException.ofField("objectsCrmIds", "at least one CRM id is required");
    }
    List<String> ids = new ArrayList<>();
    for (String id : crmIds) {
      ids.add(Check.required(id, "objectsCrmIds[]"));
    }
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i += MAX_IDS) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + MAX_IDS));
      byte[] body = Bodies.bytes(batch);
      String path =
          "/v2/crm/entities?integrationId=" + integrationId + "&objectType=" + type.name();
      ApiRequest get =
          new ApiRequest(
              "GET",
              path,
              () -> HttpRequest.BodyPublishers.ofByteArray(body),
              "application/json",
              true,
              null);
      Map<String, Map<String, Object>> m =
          transport.send(get, CrmObjectsEnvelope.class).crmObjectsMap();
      for (String id : batch) {
        out.put(id, m == null ? null : m.get(id));
      }
    }
    return out;
  }

  /**
   * {@return calls associated by hand with CRM accounts and deals since {@code from} (null: all),
   * oldest first, lazily ({@code GET /v2/calls/manual-crm-associations}); a re-association is a
   * second event}
   *
   * @param from start of the range
   */
  public Stream<ManualAssociation> manualAssociations(OffsetDateTime from) {
    return Paging.stream(cursor -> manualAssociationsPage(from, cursor), null);
  }

  /**
   * {@return one page of manual associations; {@code cursor} null for the first}
   *
   * @param from start of the range
   * @param cursor Gong's cursor from the previous page, or null for the first page
   */
  public Page<ManualAssociation> manualAssociationsPage(OffsetDateTime from, String cursor) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("fromDateTime", from == null ? null : Bodies.iso(from));
    q.put("cursor", cursor);
    ManualAssociationsEnvelope e =
        transport.send(
            ApiRequest.get(Bodies.query("/v2/calls/manual-crm-associations", q)),
            ManualAssociationsEnvelope.class);
    return Pages.of(e.associations(), e.records(), e.requestId());
  }
}
