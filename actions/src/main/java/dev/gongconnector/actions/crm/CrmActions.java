package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.Action;
import dev.gongconnector.actions.Listing;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Counts;
import dev.gongconnector.actions.internal.SimpleAction;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.crm.CrmIntegration;
import dev.gongconnector.client.crm.CrmObjectType;
import dev.gongconnector.client.crm.CrmSchemaField;
import dev.gongconnector.client.crm.ManualAssociation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gong's generic CRM integration: which one is connected, its schema, its objects by CRM id and the
 * calls users associated with them by hand. The actions that need an integration use the one given
 * or the company's only one.
 */
public final class CrmActions {

  /** The answer of {@code list_crm_integrations}. */
  public record Integrations(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<CrmIntegration> integrations) {}

  /** The parameters of {@code get_crm_schema}: a type or null for all, an integration or null. */
  public record SchemaRequest(CrmObjectType objectType, Long integrationId) {}

  /** The answer of {@code get_crm_schema}, named as Gong names it. */
  public record Schema(
      long integrationId,
      @JsonInclude(JsonInclude.Include.ALWAYS)
          Map<String, List<CrmSchemaField>> objectTypeToSelectedFields) {}

  /** The parameters of {@code get_crm_objects}; {@code integrationId} null: the only one. */
  public record ObjectsRequest(CrmObjectType objectType, List<String> crmIds, Long integrationId) {}

  /** The answer of {@code get_crm_objects}: the objects found by CRM id, and the ids Gong lacks. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Objects(
      long integrationId,
      CrmObjectType objectType,
      Map<String, Map<String, Object>> objects,
      List<String> notFound) {}

  /** The parameters of {@code list_manual_crm_associations}; {@code from} null: the beginning. */
  public record AssociationsRequest(OffsetDateTime from, int maxResults) {}

  /** The answer of {@code list_manual_crm_associations}, oldest first as Gong lists them. */
  public record Associations(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<ManualAssociation> associations,
      @JsonUnwrapped Counts counts) {}

  private CrmActions() {}

  /** {@code list_crm_integrations}: Gong's generic CRM integration(s). */
  public static Action list(GongClient client) {
    return new SimpleAction<Void>(
        "list_crm_integrations",
        List.of("list-crm-integrations", "crm_integrations"),
        List.of("crm"),
        """
        List the company's generic CRM integration (Gong allows one): its integrationId, name and \
        owner. Other CRM tools (get_crm_schema, get_crm_objects) use this integration by default, so \
        call this only to see which CRM is connected. Takes no parameters. Next: get_crm_schema for \
        the fields, get_crm_objects for accounts and deals.""",
        ParamSet.of(),
        new Listing("integrations", CrmIntegration.class),
        p -> null,
        none -> new Integrations(client.crm().integrations()));
  }

  /** {@code get_crm_schema}: the fields of CRM object types. */
  public static Action schema(GongClient client) {
    return new SimpleAction<>(
        "get_crm_schema",
        List.of("get-crm-schema", "crm_schema"),
        List.of("crm"),
        """
        List the fields Gong holds for CRM objects (ACCOUNT, CONTACT, DEAL, LEAD): unique name, label, \
        type, picklist values. Use it to learn which field names get_crm_objects returns. Without \
        object_type, every type. Next: get_crm_objects with CRM ids from calls' context.""",
        ParamSet.of(objectType(false), integrationId()),
        null,
        p ->
            new SchemaRequest(
                p.has("object_type") ? CrmObjectType.valueOf(p.string("object_type")) : null,
                given(p)),
        r -> {
          long id = resolve(client, r.integrationId());
          return new Schema(id, client.crm().schema(id, r.objectType()));
        });
  }

  /** {@code get_crm_objects}: CRM accounts, contacts or deals by CRM id. */
  public static Action objects(GongClient client) {
    return new SimpleAction<>(
        "get_crm_objects",
        List.of("get-crm-objects", "crm_objects", "get_crm_entities"),
        List.of("crm"),
        """
        Get CRM objects (accounts, contacts, deals/opportunities, leads) by their CRM ids, with their \
        fields (e.g. an account's Name and Industry, a deal's StageName and Amount). CRM ids come from \
        the context of calls (get_call with context=Extended, find_calls_by_crm) or \
        list_manual_crm_associations. Ids Gong does not know are listed in notFound. Next: \
        find_calls_by_crm for the calls of an account or deal.""",
        ParamSet.of(
            objectType(true),
            Param.strings("crm_ids", "CRM ids of the objects (e.g. 0015g00000XyZ).")
                .requiredParam()
                .withAliases("ids", "objects_crm_ids"),
            integrationId()),
        null,
        p ->
            new ObjectsRequest(
                CrmObjectType.valueOf(p.string("object_type")), p.strings("crm_ids"), given(p)),
        r -> {
          long id = resolve(client, r.integrationId());
          Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
          List<String> missing = new ArrayList<>();
          client
              .crm()
              .entities(id, r.objectType(), r.crmIds())
              .forEach(
                  (crmId, fields) -> {
                    if (fields == null) missing.add(crmId);
                    else objects.put(crmId, fields);
                  });
          return new Objects(id, r.objectType(), objects, missing);
        });
  }

  /** {@code list_manual_crm_associations}: calls users linked to CRM accounts/deals by hand. */
  public static Action manualAssociations(GongClient client) {
    return new SimpleAction<>(
        "list_manual_crm_associations",
        List.of("list-manual-crm-associations", "manual_crm_associations"),
        List.of("crm"),
        """
        List calls that users associated by hand with a CRM account and deal (oldest first; a \
        re-association is listed again). Each item: callId, userId, created, associatedCrmObjects \
        [{accountCrmId, dealCrmId}]. Next: get_crm_objects for the account or deal, get_call for the \
        call.""",
        ParamSet.of(
            Param.string(
                    "from_date",
                    "Only associations made at or after this time: "
                        + CommonParams.DATE_FORMS
                        + ".")
                .withAliases("from_date_time", "from"),
            CommonParams.maxResults(100, 10_000, "associations")),
        new Listing("associations", ManualAssociation.class),
        p ->
            new AssociationsRequest(
                p.has("from_date") ? p.rangeStart("from_date").atOffset(ZoneOffset.UTC) : null,
                p.intValue("max_results")),
        r -> {
          Collected<ManualAssociation> read =
              Page.collect(c -> client.crm().manualAssociationsPage(r.from(), c), r.maxResults());
          return new Associations(read.items(), Counts.of(read));
        });
  }

  private static Param objectType(boolean required) {
    Param p =
        Param.string(
                "object_type", "CRM object type: ACCOUNT, CONTACT, DEAL (opportunity) or LEAD.")
            .withEnum("ACCOUNT", "CONTACT", "DEAL", "LEAD")
            .withAliases("type");
    return required ? p.requiredParam() : p;
  }

  private static Param integrationId() {
    return Param.string(
            "integration_id",
            "The generic CRM integration's id (default: the company's only integration, see"
                + " list_crm_integrations).")
        .withPattern("^[0-9]{1,20}$");
  }

  /** The {@code integration_id} given, or null; sends nothing. */
  private static Long given(Params p) {
    if (!p.has("integration_id")) return null;
    try {
      return Long.parseLong(p.string("integration_id"));
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("integration_id", "integration_id must be a number");
    }
  }

  /** {@code given}, else the company's integration (one request). */
  private static long resolve(GongClient client, Long given) {
    if (given != null) return given;
    List<CrmIntegration> all = client.crm().integrations();
    if (all.isEmpty()) {
      throw new InvalidParameterException(
          "integration_id", "the company has no generic CRM integration (list_crm_integrations)");
    }
    return all.get(0).integrationId(); // Gong allows one integration at a time
  }
}
