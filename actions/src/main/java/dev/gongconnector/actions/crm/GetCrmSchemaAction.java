package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.crm.CrmObjectType;
import dev.gongconnector.client.crm.CrmSchemaField;
import java.util.List;
import java.util.Map;

/** {@code get_crm_schema}: the fields of CRM object types. */
public final class GetCrmSchemaAction extends TypedAction<GetCrmSchemaAction.Request> {

  /** The parsed parameters: a type or null for all, an integration id or null for the only one. */
  public record Request(CrmObjectType objectType, Long integrationId) {}

  /** The answer, named as Gong names it. */
  public record Answer(
      long integrationId,
      @JsonInclude(JsonInclude.Include.ALWAYS)
          Map<String, List<CrmSchemaField>> objectTypeToSelectedFields) {}

  private final GongClient client;

  public GetCrmSchemaAction(GongClient client) {
    super(
        "get_crm_schema",
        List.of("get-crm-schema", "crm_schema"),
        List.of("crm"),
        """
        List the fields Gong holds for CRM objects (ACCOUNT, CONTACT, DEAL, LEAD): unique name, label, \
        type, picklist values. Use it to learn which field names get_crm_objects returns. Without \
        object_type, every type. Next: get_crm_objects with CRM ids from calls' context.""",
        ParamSet.of(CrmParams.objectType(false), CrmParams.integrationId()));
    this.client = client;
  }

  @Override
  protected Request request(Params p) {
    CrmObjectType type =
        p.has("object_type") ? CrmObjectType.valueOf(p.string("object_type")) : null;
    return new Request(type, Integrations.given(p));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    long id = Integrations.resolve(client, r.integrationId());
    return new Answer(id, client.crm().schema(id, r.objectType()));
  }
}
