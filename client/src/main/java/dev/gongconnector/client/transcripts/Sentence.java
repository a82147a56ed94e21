package dev.gongconnector.client.transcripts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A sentence of a transcript; times are milliseconds from the call start.
 *
 * @param start start, ms
 * @param end end, ms
 * @param text the text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sentence(long start, long end, String text) {}
