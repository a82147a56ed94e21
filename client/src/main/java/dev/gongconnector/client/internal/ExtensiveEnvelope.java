package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.calls.CallData;
import java.util.List;

/**
 * Answer of {@code POST /v2/calls/extensive}.
 *
 * @param requestId request id
 * @param records paging
 * @param calls calls
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtensiveEnvelope(String requestId, PageInfo records, List<CallData> calls) {

  public ExtensiveEnvelope {
    calls = Lists.copy(calls);
  }
}
