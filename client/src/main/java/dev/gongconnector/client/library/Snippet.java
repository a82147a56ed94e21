package dev.gongconnector.client.library;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of a call a library entry points at, in seconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Snippet(Integer fromSec, Integer toSec) {}
