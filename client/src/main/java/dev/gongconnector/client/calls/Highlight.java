package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A highlight of a call (e.g. next steps).
 *
 * @param title the title
 * @param items items
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Highlight(String title, List<HighlightItem> items) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param title the title
   * @param items items
   */
  public Highlight {
    items = Lists.copy(items);
  }
}
