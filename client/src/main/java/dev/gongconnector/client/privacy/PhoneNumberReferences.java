package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * Everything in Gong that references a phone number ({@code PhoneNumberReferences}).
 *
 * @param requestId Gong's request id
 * @param emails e-mails
 * @param calls calls
 * @param meetings meetings
 * @param customerData leads and contacts
 * @param suppliedPhoneNumber the number as given
 * @param matchingPhoneNumbers numbers that matched
 * @param emailAddresses e-mail addresses of the matching people
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PhoneNumberReferences(
    String requestId,
    List<EmailMessage> emails,
    List<CallReference> calls,
    List<MeetingReference> meetings,
    List<CustomerData> customerData,
    String suppliedPhoneNumber,
    List<String> matchingPhoneNumbers,
    List<String> emailAddresses) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param requestId Gong's request id
   * @param emails e-mails
   * @param calls calls
   * @param meetings meetings
   * @param customerData leads and contacts
   * @param suppliedPhoneNumber the number as given
   * @param matchingPhoneNumbers numbers that matched
   * @param emailAddresses e-mail addresses of the matching people
   */
  public PhoneNumberReferences {
    emails = Lists.copy(emails);
    calls = Lists.copy(calls);
    meetings = Lists.copy(meetings);
    customerData = Lists.copy(customerData);
    matchingPhoneNumbers = Lists.copy(matchingPhoneNumbers);
    emailAddresses = Lists.copy(emailAddresses);
  }
}
