package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code POST /v2/calls}.
 *
 * @param requestId request id
 * @param callId the new call's id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddCallEnvelope(String requestId, String callId) {}
