package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * Everything in Gong that references an e-mail address ({@code EmailAddressReferences}).
 *
 * @param requestId Gong's request id
 * @param emails e-mails
 * @param calls calls
 * @param meetings meetings
 * @param customerData leads and contacts
 * @param customerEngagement engagement events
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailAddressReferences(
    String requestId,
    List<EmailMessage> emails,
    List<CallReference> calls,
    List<MeetingReference> meetings,
    List<CustomerData> customerData,
    List<CustomerEngagement> customerEngagement) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param requestId Gong's request id
   * @param emails e-mails
   * @param calls calls
   * @param meetings meetings
   * @param customerData leads and contacts
   * @param customerEngagement engagement events
   */
  public EmailAddressReferences {
    emails = Lists.copy(emails);
    calls = Lists.copy(calls);
    meetings = Lists.copy(meetings);
    customerData = Lists.copy(customerData);
    customerEngagement = Lists.copy(customerEngagement);
  }
}
