package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Gong's error body {@code {requestId, errors[]}}.
 *
 * @param requestId Gong's request id
 * @param errors messages
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorBody(String requestId, List<String> errors) {

  public ErrorBody {
    errors = Lists.copy(errors);
  }
}
