package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.crm.ManualAssociation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** {@code list_manual_crm_associations}: calls users linked to CRM accounts/deals by hand. */
public final class ListManualCrmAssociationsAction extends BaseAction {

  public static final String NAME = "list_manual_crm_associations";

  private final GongClient client;

  public ListManualCrmAssociationsAction(GongClient client) {
    super(
        NAME,
        List.of("list-manual-crm-associations", "manual_crm_associations"),
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
        false);
    this.client = client;
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    Instant from = p.has("from_date") ? p.rangeStart("from_date") : null;
    int max = p.intValue("max_results");
    List<ManualAssociation> all =
        client
            .crm()
            .manualAssociations(from == null ? null : from.atOffset(ZoneOffset.UTC))
            .limit(max + 1L)
            .toList();
    ObjectNode data = Json.object();
    data.set("associations", Json.tree(all.subList(0, Math.min(max, all.size()))));
    data.put("count", Math.min(max, all.size()));
    data.put("truncated", all.size() > max);
    return data;
  }

  @Override
  public List<String> toolsets() {
    return List.of("crm");
  }
}
