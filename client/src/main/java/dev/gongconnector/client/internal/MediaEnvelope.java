package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code PUT /v2/calls/{id}/media}.
 *
 * @param requestId request id
 * @param callId call id
 * @param url call page URL
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MediaEnvelope(String requestId, String callId, String url) {}
