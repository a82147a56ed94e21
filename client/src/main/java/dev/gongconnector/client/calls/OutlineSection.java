package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * A section of a call's outline.
 *
 * @param section the section title
 * @param startTime seconds from call start
 * @param duration seconds
 * @param items items
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutlineSection(
    String section, Double startTime, Double duration, List<OutlineItem> items) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param section the section title
   * @param startTime seconds from call start
   * @param duration seconds
   * @param items items
   */
  public OutlineSection {
    items = Lists.copy(items);
  }
}
