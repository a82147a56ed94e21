package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Answer of {@code GET /v2/permission-profile}.
 *
 * @param requestId request id
 * @param profile the profile
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PermissionProfileEnvelope(
    String requestId, dev.gongconnector.client.access.PermissionProfile profile) {}
