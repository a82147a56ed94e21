package dev.gongconnector.actions.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.BaseAction;
import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** {@code lookup_privacy_data}: what in Gong references an e-mail address or phone number. */
public final class LookupPrivacyDataAction extends BaseAction {

  public static final String NAME = "lookup_privacy_data";

  private final GongClient client;

  public LookupPrivacyDataAction(GongClient client) {
    super(
        NAME,
        List.of("lookup-privacy-data", "privacy_lookup", "data_for_email", "data_for_phone"),
        """
        Read-only privacy look-up (e.g. for a data-subject request): the calls, e-mails, meetings, CRM \
        leads/contacts and engagement events in Gong that reference an e-mail address or a phone \
        number (give exactly one; a phone number starts with + and the country code). Nothing is \
        deleted. Next: get_call for a call id.""",
        ParamSet.of(
            Param.string("email_address", "The e-mail address to look up.").withAliases("email"),
            Param.string("phone_number", "The phone number, e.g. +1 415-555-0100.")
                .withAliases("phone")),
        false);
    this.client = client;
  }

  @Override
  protected void validate(Params p) {
    if (p.has("email_address") == p.has("phone_number")) {
      throw new InvalidParameterException(
          "email_address", "give exactly one of email_address or phone_number");
    }
  }

  @Override
  protected JsonNode run(Params p, ProgressListener progress) {
    return p.has("email_address")
        ? Json.tree(client.privacy().forEmailAddress(p.string("email_address")))
        : Json.tree(client.privacy().forPhoneNumber(p.string("phone_number")));
  }

  @Override
  public List<String> toolsets() {
    return List.of("admin");
  }
}
