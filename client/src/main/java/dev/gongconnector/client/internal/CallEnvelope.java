package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.calls.Call;

/**
 * Answer of {@code GET /v2/calls/{id}}.
 *
 * @param requestId request id
 * @param call the call
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallEnvelope(String requestId, Call call) {}
