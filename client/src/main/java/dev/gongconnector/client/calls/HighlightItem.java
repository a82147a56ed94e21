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

  public HighlightItem {
    startTimes = Lists.copy(startTimes);
  }
}
