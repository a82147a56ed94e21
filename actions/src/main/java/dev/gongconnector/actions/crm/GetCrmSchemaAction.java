package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.crm.CrmObjectType;
import java.util.List;

/** {@code get_crm_schema}: the fields of CRM object types. */
public final class GetCrmSchemaAction extends BaseAction {

  public static final String NAME = "get_crm_schema";

  private final GongClient client;

  public GetCrmSchemaAction(GongClient client) {
    super(
        NAME,
        List.of("get-crm-schema", "crm_schema"),
        """
        List the fields Gong holds for CRM objects (ACCOUNT, CONTACT, DEAL, LEAD): unique name, label, \
        type, picklist values. Use it to learn which field names get_crm_objects returns. Without \
        object_type, every type. Next: get_crm_objects with CRM ids from calls' context.""",
        ParamSet.of(CrmParams.objectType(false), CrmParams.integrationId()),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    long id = Integrations.resolve(client, p);
    CrmObjectType type =
        p.has("object_type") ? CrmObjectType.valueOf(p.string("object_type")) : null;
    ObjectNode data = Json.object();
    data.put("integrationId", id);
    data.set("objectTypeToSelectedFields", Json.tree(client.crm().schema(id, type)));
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("crm");
  }
}
