package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.calls.Call;
import java.util.List;

/**
 * Answer of {@code GET /v2/calls}.
 *
 * @param requestId request id
 * @param records paging
 * @param calls calls
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallsEnvelope(String requestId, PageInfo records, List<Call> calls) {

  public CallsEnvelope {
    calls = Lists.copy(calls);
  }
}
