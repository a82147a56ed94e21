package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.calls.ContextField;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A lead or contact with the address or number ({@code CustomerDataObject}).
 *
 * @param id Gong id
 * @param objectType Lead or Contact
 * @param externalId CRM id
 * @param mirrorId mirror id
 * @param fields fields
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerDataObject(
    String id, String objectType, String externalId, String mirrorId, List<ContextField> fields) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param id Gong id
   * @param objectType Lead or Contact
   * @param externalId CRM id
   * @param mirrorId mirror id
   * @param fields fields
   */
  public CustomerDataObject {
    fields = Lists.copy(fields);
  }
}
