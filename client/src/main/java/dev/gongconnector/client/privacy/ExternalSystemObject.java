package dev.gongconnector.client.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An object of an external system ({@code ExternalSystemObject}).
 *
 * @param objectType Conversation or Task
 * @param externalId its id there
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExternalSystemObject(String objectType, String externalId) {}
