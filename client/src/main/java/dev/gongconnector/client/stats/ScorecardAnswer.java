package dev.gongconnector.client.stats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * An answer of an answered scorecard: {@code score} for RANGE questions, {@code selectedOptions}
 * for choices.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScorecardAnswer(
    Long questionId,
    Long questionRevisionId,
    Boolean isOverall,
    Integer score,
    String answerText,
    Boolean notApplicable,
    List<String> selectedOptions) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param questionId question id
   * @param questionRevisionId question revision id
   * @param isOverall whether is overall
   * @param score score
   * @param answerText answer text
   * @param notApplicable whether not applicable
   * @param selectedOptions selected options
   */
  public ScorecardAnswer {
    selectedOptions = Lists.copy(selectedOptions);
  }
}
