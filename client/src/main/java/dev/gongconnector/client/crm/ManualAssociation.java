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

  public ManualAssociation {
    java.util.Objects.requireNonNull(callId, "callId");
    associatedCrmObjects = Lists.copy(associatedCrmObjects);
  }
}
