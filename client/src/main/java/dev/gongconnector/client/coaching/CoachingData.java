package dev.gongconnector.client.coaching;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.gongconnector.client.internal.Lists;
import java.util.List;

/** One manager's coaching data. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoachingData(CoachingUser manager, List<ReportMetrics> directReportsMetrics) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param manager manager
   * @param directReportsMetrics direct reports metrics
   */
  public CoachingData {
    directReportsMetrics = Lists.copy(directReportsMetrics);
  }
}
