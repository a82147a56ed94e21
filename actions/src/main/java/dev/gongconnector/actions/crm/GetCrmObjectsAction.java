package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.crm.CrmObjectType;
import java.util.List;
import java.util.Map;

/** {@code get_crm_objects}: CRM accounts, contacts or deals by CRM id. */
public final class GetCrmObjectsAction extends BaseAction {

  public static final String NAME = "get_crm_objects";

  private final GongClient client;

  public GetCrmObjectsAction(GongClient client) {
    super(
        NAME,
        List.of("get-crm-objects", "crm_objects", "get_crm_entities"),
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
            CrmParams.integrationId()),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    long id = Integrations.resolve(client, p);
    Map<String, Map<String, Object>> found =
        client
            .crm()
            .entities(id, CrmObjectType.valueOf(p.string("object_type")), p.strings("crm_ids"));
    ObjectNode objects = Json.object();
    ArrayNode missing = Json.array();
    found.forEach(
        (k, v) -> {
          if (v == null) {
            missing.add(k);
          } else {
            objects.set(k, Json.tree(v));
          }
        });
    ObjectNode data = Json.object();
    data.put("integrationId", id);
    data.put("objectType", p.string("object_type"));
    data.set("objects", objects);
    data.set("notFound", missing);
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("crm");
  }
}
