package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * An external system a call was logged to ({@code ExternalSystem}).
 *
 * @param system Salesforce, HubSpot, MicrosoftDynamic or Generic
 * @param objects objects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExternalSystem(String system, List<ExternalSystemObject> objects) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param system Salesforce, HubSpot, MicrosoftDynamic or Generic
   * @param objects objects
   */
  public ExternalSystem {
    objects = Lists.copy(objects);
  }
}
