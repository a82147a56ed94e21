package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The outcome of {@code POST /v2/calls}.
 *
 * @param callId the call's Gong id: give it to {@code uploadMedia}
 * @param requestId Gong's requestId, or null when resolved by a lookup
 * @param alreadyExisted true when Gong already had a call with this {@code clientUniqueId} (e.g. a
 *     retry after a dropped connection, or an earlier run): no second call was created
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddCallResult(String callId, String requestId, boolean alreadyExisted) {}
