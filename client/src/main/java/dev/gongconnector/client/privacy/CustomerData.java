package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * CRM data of one system ({@code CustomerData}).
 *
 * @param system Salesforce, HubSpot, MicrosoftDynamic or Generic
 * @param objects objects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerData(String system, List<CustomerDataObject> objects) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param system Salesforce, HubSpot, MicrosoftDynamic or Generic
   * @param objects objects
   */
  public CustomerData {
    objects = Lists.copy(objects);
  }
}
