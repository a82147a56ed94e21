package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * An item of a highlight.
 *
 * @param text the text
 * @param startTimes seconds from call start
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HighlightItem(String text, List<Double> startTimes) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param text the text
   * @param startTimes seconds from call start
   */
  public HighlightItem {
    startTimes = Lists.copy(startTimes);
  }
}
