package dev.gongconnector.client.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/** A scorecard question; {@code minRange}/{@code maxRange} for RANGE questions. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScorecardQuestion(
    Long questionId,
    Long questionRevisionId,
    String questionText,
    Boolean isOverall,
    String questionType,
    String answerGuide,
    Integer minRange,
    Integer maxRange,
    List<QuestionOption> answerOptions) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param questionId question id
   * @param questionRevisionId question revision id
   * @param questionText question text
   * @param isOverall whether is overall
   * @param questionType question type
   * @param answerGuide answer guide
   * @param minRange min range
   * @param maxRange max range
   * @param answerOptions answer options
   */
  public ScorecardQuestion {
    answerOptions = Lists.copy(answerOptions);
  }
}
