package dev.gongconnector.client.transcripts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gongconnector.client.internal.SentenceDeserializer;

/**
 * A sentence of a transcript; times are milliseconds from the call start.
 *
 * @param start start, ms
 * @param end end, ms
 * @param text the text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = SentenceDeserializer.class) // hundreds per transcript: see there
public record Sentence(long start, long end, String text) {}
