package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A field of a CRM object linked to a call or party; {@code value} is any JSON value (string,
 * number, object).
 *
 * @param name the field name
 * @param value the value as Jackson maps it (String, Number, Boolean, Map, List)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContextField(String name, Object value) {}
