package dev.gongconnector.actions.admin;

import dev.gongconnector.actions.ProgressListener;
import dev.gongconnector.actions.TypedAction;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.actions.params.Param;
import dev.gongconnector.actions.params.ParamSet;
import dev.gongconnector.actions.params.Params;
import dev.gongconnector.client.GongClient;
import java.util.List;

/** {@code lookup_privacy_data}: what in Gong references an e-mail address or phone number. */
public final class LookupPrivacyDataAction extends TypedAction<LookupPrivacyDataAction.Request> {

  /** The parsed parameters: exactly one of them is set. */
  public record Request(String emailAddress, String phoneNumber) {}

  private final GongClient client;

  public LookupPrivacyDataAction(GongClient client) {
    super(
        "lookup_privacy_data",
        List.of("lookup-privacy-data", "privacy_lookup", "data_for_email", "data_for_phone"),
        List.of("admin"),
        """
        Read-only privacy look-up (e.g. for a data-subject request): the calls, e-mails, meetings, CRM \
        leads/contacts and engagement events in Gong that reference an e-mail address or a phone \
        number (give exactly one; a phone number starts with + and the country code). Nothing is \
        deleted. Next: get_call for a call id.""",
        ParamSet.of(
            Param.string("email_address", "The e-mail address to look up.").withAliases("email"),
            Param.string("phone_number", "The phone number, e.g. +1 415-555-0100.")
                .withAliases("phone")));
    this.client = client;
  }

  @Override
  protected Request request(Params p) {
    if (p.has("email_address") == p.has("phone_number")) {
      throw new InvalidParameterException(
          "email_address", "give exactly one of email_address or phone_number");
    }
    return new Request(p.string("email_address"), p.string("phone_number"));
  }

  @Override
  protected Object answer(Request r, ProgressListener progress) {
    return r.emailAddress() != null
        ? client.privacy().forEmailAddress(r.emailAddress())
        : client.privacy().forPhoneNumber(r.phoneNumber());
  }
}
