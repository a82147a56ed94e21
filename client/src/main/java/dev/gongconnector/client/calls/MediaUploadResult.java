package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The outcome of {@code PUT /v2/calls/{id}/media}.
 *
 * @param callId the call id
 * @param url the call's page in Gong
 * @param requestId Gong's requestId
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MediaUploadResult(String callId, String url, String requestId) {}
