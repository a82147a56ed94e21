package dev.gongconnector.client.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An answer option of a scorecard question. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionOption(Integer id, String text) {}
