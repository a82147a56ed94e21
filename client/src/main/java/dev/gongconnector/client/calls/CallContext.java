package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * Links of a call or party to an external system (CRM), from extensive data.
 *
 * @param system {@code Salesforce}, {@code HubSpot}, {@code MicrosoftDynamic} or {@code Generic}
 * @param objects the linked objects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallContext(String system, List<ContextObject> objects) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param system {@code Salesforce}, {@code HubSpot}, {@code MicrosoftDynamic} or {@code Generic}
   * @param objects the linked objects
   */
  public CallContext {
    objects = Lists.copy(objects);
  }
}
