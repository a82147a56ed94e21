package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Answer of {@code GET /v2/flows}.
 *
 * @param requestId request id
 * @param records paging
 * @param flows flows
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlowsEnvelope(
    String requestId, PageInfo records, List<dev.gongconnector.client.flows.Flow> flows) {

  public FlowsEnvelope {
    flows = Lists.copy(flows);
  }
}
