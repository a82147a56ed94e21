package dev.gongconnector.client.access;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A user with individual access to a call ({@code UserAccessDetails}).
 *
 * @param userId user id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserAccess(String userId) {}
