package dev.gongconnector.client.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.users.User;

/**
 * Answer of {@code GET /v2/users/{id}}.
 *
 * @param requestId request id
 * @param user the user
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserEnvelope(String requestId, User user) {}
