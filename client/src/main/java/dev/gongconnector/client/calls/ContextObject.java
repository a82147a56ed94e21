package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A CRM object linked to a call or party in extensive data.
 *
 * @param objectType e.g. {@code Opportunity}, {@code Account}, {@code Contact}, {@code Lead},
 *     {@code User}
 * @param objectId the object's id in the CRM
 * @param fields its fields (with context {@code Extended})
 * @param timing {@code Now} or {@code TimeOfCall}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContextObject(
    String objectType, String objectId, List<ContextField> fields, String timing) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param objectType e.g. {@code Opportunity}, {@code Account}, {@code Contact}, {@code Lead},
   *     {@code User}
   * @param objectId the object's id in the CRM
   * @param fields its fields (with context {@code Extended})
   * @param timing {@code Now} or {@code TimeOfCall}
   */
  public ContextObject {
    fields = Lists.copy(fields);
  }
}
