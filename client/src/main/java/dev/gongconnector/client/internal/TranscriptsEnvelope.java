package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.transcripts.CallTranscript;
import java.util.List;

/**
 * Answer of {@code POST /v2/calls/transcript}.
 *
 * @param requestId request id
 * @param records paging
 * @param callTranscripts transcripts
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TranscriptsEnvelope(
    String requestId, PageInfo records, List<CallTranscript> callTranscripts) {

  public TranscriptsEnvelope {
    callTranscripts = Lists.copy(callTranscripts);
  }
}
