package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Answer of {@code POST /v2/calls/users-access}.
 *
 * @param requestId request id
 * @param callAccessList per call
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallsAccessEnvelope(
    String requestId, List<dev.gongconnector.client.access.CallAccess> callAccessList) {

  public CallsAccessEnvelope {
    callAccessList = Lists.copy(callAccessList);
  }
}
