package dev.gongconnector.client.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/** The words and phrases of a keyword tracker in one language ({@code mul}: all languages). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrackerKeywords(String language, List<String> keywords, Boolean includeRelatedForms) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param language language
   * @param keywords keywords
   * @param includeRelatedForms whether include related forms
   */
  public TrackerKeywords {
    keywords = Lists.copy(keywords);
  }
}
