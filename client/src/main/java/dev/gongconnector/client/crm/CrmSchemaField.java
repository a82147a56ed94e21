package dev.gongconnector.client.crm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A field of a CRM object type's schema ({@code GenericSchemaFieldRequest}).
 *
 * @param uniqueName the field's unique name, the key of entity fields
 * @param label label in Gong's UI
 * @param type STRING, NUMBER, PICKLIST, REFERENCE, ...
 * @param lastModified when the schema last changed (ISO-8601, as Gong sends it)
 * @param isDeleted whether the field was deleted
 * @param referenceTo referenced object type of a REFERENCE field
 * @param orderedValueList the values of a PICKLIST field
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CrmSchemaField(
    String uniqueName,
    String label,
    String type,
    String lastModified,
    Boolean isDeleted,
    String referenceTo,
    List<String> orderedValueList) {

  /**
   * Checks that {@code uniqueName} is present, copies the lists (null becomes empty), so the record
   * stays immutable.
   *
   * @param uniqueName the field's unique name, the key of entity fields
   * @param label label in Gong's UI
   * @param type STRING, NUMBER, PICKLIST, REFERENCE, ...
   * @param lastModified when the schema last changed (ISO-8601, as Gong sends it)
   * @param isDeleted whether the field was deleted
   * @param referenceTo referenced object type of a REFERENCE field
   * @param orderedValueList the values of a PICKLIST field
   */
  public CrmSchemaField {
    java.util.Objects.requireNonNull(uniqueName, "uniqueName");
    orderedValueList = Lists.copy(orderedValueList);
  }
}
