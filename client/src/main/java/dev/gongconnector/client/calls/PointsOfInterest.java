package dev.gongconnector.client.calls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/**
 * Points of interest of a call.
 *
 * @param actionItems action items
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PointsOfInterest(List<ActionItem> actionItems) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param actionItems action items
   */
  public PointsOfInterest {
    actionItems = Lists.copy(actionItems);
  }
}
