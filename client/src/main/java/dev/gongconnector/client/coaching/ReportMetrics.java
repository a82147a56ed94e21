package dev.gongconnector.client.coaching;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * A direct report and the coaching metrics (metric name to call ids, as Gong sends them) of the
 * manager on that report.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportMetrics(CoachingUser report, Map<String, List<String>> metrics) {

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param report report
   * @param metrics metrics
   */
  public ReportMetrics {
    metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
  }
}
