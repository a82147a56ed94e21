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

  public ScorecardQuestion {
    answerOptions = Lists.copy(answerOptions);
  }
}
