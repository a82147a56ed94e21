package dev.gongconnector.client.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A language a user speaks.
 *
 * @param language BCP-47, e.g. {@code es-ES}
 * @param primary whether it is the primary one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpokenLanguage(String language, Boolean primary) {}
