package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A CRM object to link to a new call or party ({@code objectType} and {@code objectId} required).
 * Call object types: {@code Opportunity}, {@code Account}, {@code Lead}, {@code Contact}, {@code
 * User}; {@code fields} is "for future use" in Gong's docs.
 *
 * @param objectType the object type
 * @param objectId its id in the CRM
 * @param fields fields (for future use), may be empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadContextObject(String objectType, String objectId, List<ContextField> fields) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param objectType the object type
   * @param objectId its id in the CRM
   * @param fields fields (for future use), may be empty
   */
  public UploadContextObject {
    fields = Lists.copy(fields);
  }

  /**
   * {@return an object without fields}
   *
   * @param objectType the CRM object type
   * @param objectId a CRM object id
   */
  public static UploadContextObject of(String objectType, String objectId) {
    return new UploadContextObject(objectType, objectId, List.of());
  }
}
