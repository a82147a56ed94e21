package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Answer of {@code GET /v2/logs}.
 *
 * @param requestId request id
 * @param records paging
 * @param logEntries entries
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogsEnvelope(
    String requestId, PageInfo records, List<dev.gongconnector.client.access.LogEntry> logEntries) {

  public LogsEnvelope {
    logEntries = Lists.copy(logEntries);
  }
}
