package dev.gongconnector.client.privacy;

import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.internal.ApiRequest;
import dev.gongconnector.client.internal.Bodies;
import dev.gongconnector.client.internal.Check;
import dev.gongconnector.client.internal.Transport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Read-only privacy look-ups: what in Gong references an e-mail address or a phone number. From
 * {@code GongClient.privacy()}. Thread-safe. (The deleting endpoints are deliberately absent.)
 */
public final class PrivacyService {

  private final Transport transport;

  /**
   * Made by {@code GongClient}; not for direct use.
   *
   * @param transport the client's transport (rate limit, retries, errors)
   */
  public PrivacyService(Transport transport) {
    this.transport = Objects.requireNonNull(transport);
  }

  /**
   * {@code GET /v2/data-privacy/data-for-email-address}.
   *
   * @param emailAddress an email address
   * @return what Gong holds about the address
   */
  public EmailAddressReferences forEmailAddress(String emailAddress) {
    String e = Check.required(emailAddress, "emailAddress");
    if (e.indexOf('@') <= 0) {
      throw InvalidRequestException.ofField("emailAddress", "is not an e-mail address");
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("emailAddress", e);
    return transport.send(
        ApiRequest.get(Bodies.query("/v2/data-privacy/data-for-email-address", q)),
        EmailAddressReferences.class);
  }

  /**
   * {@code GET /v2/data-privacy/data-for-phone-number}; Gong wants "+", the country code and the
   * number (other non-digits are ignored).
   *
   * @param phoneNumber a phone number
   * @return what Gong holds about the number
   */
  public PhoneNumberReferences forPhoneNumber(String phoneNumber) {
    String p = Check.required(phoneNumber, "phoneNumber");
    if (!p.startsWith("+")) {
      throw InvalidRequestException.ofField(
          "phoneNumber", "must start with + and the country code, e.g. +1 415-555-0100");
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("phoneNumber", p);
    return transport.send(
        ApiRequest.get(Bodies.query("/v2/data-privacy/data-for-phone-number", q)),
        PhoneNumberReferences.class);
  }
}
