package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.crm.CrmObjectType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code get_crm_objects}: CRM accounts, contacts or deals by CRM id. */
public final class GetCrmObjectsAction extends TypedAction<GetCrmObjectsAction.Request> {

  /** The parsed parameters; {@code integrationId} null means the company's only integration. */
  public record Request(CrmObjectType objectType, List<String> crmIds, Long integrationId) {}

  /** The answer: the objects found by CRM id, and the ids Gong does not know. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Answer(
      long integrationId,
      CrmObjectType objectType,
      Map<String, Map<String, Object>> objects,
      List<String> notFound) {}

  private final GongClient client;

  public GetCrmObjectsAction(GongClient client) {
    super(
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
            CrmParams.objectType(true),
            Param.strings("crm_ids", "CRM ids of the objects (e.g. 0015g00000XyZ).")
                .requiredParam()
                .withAliases("ids", "objects_crm_ids"),
            CrmParams.integrationId()));
    this.client = client;
  }

  @Override
  protected Request request(Params p) {
    return new Request(
        CrmObjectType.valueOf(p.string("object_type")),
        p.strings("crm_ids"),
        Integrations.given(p));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    long id = Integrations.resolve(client, r.integrationId());
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
    return new Answer(id, r.objectType(), objects, missing);
  }
}
