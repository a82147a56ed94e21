package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * CRM context of a new call or party: a {@code system} ({@code Salesforce}, {@code HubSpot}, {@code
 * MicrosoftDynamic} or {@code Generic}; Gong supports only Salesforce and Generic for now) and
 * objects.
 *
 * @param system the system (required)
 * @param objects the linked objects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadContext(String system, List<UploadContextObject> objects) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param system the system (required)
   * @param objects the linked objects
   */
  public UploadContext {
    objects = Lists.copy(objects);
  }
}
