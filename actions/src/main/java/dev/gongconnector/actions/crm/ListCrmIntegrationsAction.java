package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.crm.CrmIntegration;
import java.util.List;

/** {@code list_crm_integrations}: Gong's generic CRM integration(s). */
public final class ListCrmIntegrationsAction extends TypedAction<Void> {

  /** The answer. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<CrmIntegration> integrations) {}

  private final GongClient client;

  public ListCrmIntegrationsAction(GongClient client) {
    super(
        "list_crm_integrations",
        List.of("list-crm-integrations", "crm_integrations"),
        List.of("crm"),
        """
        List the company's generic CRM integration (Gong allows one): its integrationId, name and \
        owner. Other CRM tools (get_crm_schema, get_crm_objects) use this integration by default, so \
        call this only to see which CRM is connected. Takes no parameters. Next: get_crm_schema for \
        the fields, get_crm_objects for accounts and deals.""",
        ParamSet.of());
    this.client = client;
    lists("integrations", CrmIntegration.class);
  }

  @Override
  protected Void request(Params p) {
    return null;
  }

  @Override
  protected Answer answer(Void r, ProgressListener progress) {
    return new Answer(client.crm().integrations());
  }
}
