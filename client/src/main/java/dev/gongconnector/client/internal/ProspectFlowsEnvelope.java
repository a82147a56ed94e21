package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Answer of {@code POST /v2/flows/prospects}.
 *
 * @param requestId request id
 * @param prospectsAssigned enrolments
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProspectFlowsEnvelope(
    String requestId, List<dev.gongconnector.client.flows.FlowAssignment> prospectsAssigned) {

  public ProspectFlowsEnvelope {
    prospectsAssigned = Lists.copy(prospectsAssigned);
  }
}
