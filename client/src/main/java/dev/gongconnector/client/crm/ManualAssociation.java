package dev.gongconnector.client.crm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A manual association of a call with CRM objects ({@code ManualAssociationsBasicData}).
 *
 * @param callId call id
 * @param userId the user who associated it
 * @param created when
 * @param associatedCrmObjects the objects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManualAssociation(
    String callId,
    String userId,
    OffsetDateTime created,
    List<AssociatedCrmObject> associatedCrmObjects) {

  /**
   * Checks that {@code callId} is present, copies the lists (null becomes empty), so the record
   * stays immutable.
   *
   * @param callId call id
   * @param userId the user who associated it
   * @param created when
   * @param associatedCrmObjects the objects
   */
  public ManualAssociation {
    java.util.Objects.requireNonNull(callId, "callId");
    associatedCrmObjects = Lists.copy(associatedCrmObjects);
  }
}
