package dev.gongconnector.client.flows;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * A prospect's enrolment in a flow ({@code PublicApiAssignedFlow}).
 *
 * @param flowId flow id
 * @param flowName flow name
 * @param crmProspectId the prospect's CRM id
 * @param flowInstanceId enrolment id
 * @param flowInstanceOwnerEmail owner's email
 * @param flowInstanceOwnerFullName owner's name
 * @param flowInstanceCreateDate enrolled at
 * @param flowInstanceStatus Running, Pending or Paused
 * @param workspaceId workspace
 * @param exclusive exclusive flow
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlowAssignment(
    String flowId,
    String flowName,
    String crmProspectId,
    String flowInstanceId,
    String flowInstanceOwnerEmail,
    String flowInstanceOwnerFullName,
    OffsetDateTime flowInstanceCreateDate,
    String flowInstanceStatus,
    String workspaceId,
    Boolean exclusive) {

  /**
   * Checks that {@code flowId} is present.
   *
   * @param flowId flow id
   * @param flowName flow name
   * @param crmProspectId the prospect's CRM id
   * @param flowInstanceId enrolment id
   * @param flowInstanceOwnerEmail owner's email
   * @param flowInstanceOwnerFullName owner's name
   * @param flowInstanceCreateDate enrolled at
   * @param flowInstanceStatus Running, Pending or Paused
   * @param workspaceId workspace
   * @param exclusive exclusive flow
   */
  public FlowAssignment {
    java.util.Objects.requireNonNull(flowId, "flowId");
  }
}
