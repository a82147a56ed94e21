package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** {@code list_crm_integrations}: Gong's generic CRM integration(s). */
public final class ListCrmIntegrationsAction extends BaseAction {

  public static final String NAME = "list_crm_integrations";

  private final GongClient client;

  public ListCrmIntegrationsAction(GongClient client) {
    super(
        NAME,
        List.of("list-crm-integrations", "crm_integrations"),
        """
        List the company's generic CRM integration (Gong allows one): its integrationId, name and \
        owner. Other CRM tools (get_crm_schema, get_crm_objects) use this integration by default, so \
        call this only to see which CRM is connected. Takes no parameters. Next: get_crm_schema for \
        the fields, get_crm_objects for accounts and deals.""",
        ParamSet.of(),
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    ObjectNode data = Json.object();
    data.set("integrations", Json.tree(client.crm().integrations()));
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("crm");
  }
}
