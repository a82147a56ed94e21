package dev.gongconnector.actions.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.internal.CommonParams;
import dev.gongconnector.actions.internal.Counts;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.Collected;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.crm.ManualAssociation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** {@code list_manual_crm_associations}: calls users linked to CRM accounts/deals by hand. */
public final class ListManualCrmAssociationsAction
    extends TypedAction<ListManualCrmAssociationsAction.Request> {

  /** The parsed parameters; {@code from} null means from the beginning. */
  public record Request(OffsetDateTime from, int maxResults) {}

  /** The answer, oldest first as Gong lists them. */
  public record Answer(
      @JsonInclude(JsonInclude.Include.ALWAYS) List<ManualAssociation> associations,
      @JsonUnwrapped Counts counts) {}

  private final GongClient client;

  public ListManualCrmAssociationsAction(GongClient client) {
    super(
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
            CommonParams.maxResults(100, 10_000, "associations")));
    this.client = client;
    lists("associations", ManualAssociation.class);
  }

  @Override
  protected Request request(Params p) {
    OffsetDateTime from =
        p.has("from_date") ? p.rangeStart("from_date").atOffset(ZoneOffset.UTC) : null;
    return new Request(from, p.intValue("max_results"));
  }

  @Override
  protected Answer answer(Request r, ProgressListener progress) {
    Collected<ManualAssociation> read =
        Page.collect(c -> client.crm().manualAssociationsPage(r.from(), c), r.maxResults());
    return new Answer(read.items(), Counts.of(read));
  }
}
