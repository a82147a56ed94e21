package dev.gongconnector.kafka.metrics;

/** JMX view of one task: records and requests per stream, 429s, budget left. */
public interface GongTaskMetricsMBean {
  long getCallRecords();

  long getTranscriptRecords();

  long getUserRecords();

  long getCallRequests();

  long getTranscriptRequests();

  long getUserRequests();

  long getRateLimitedResponses();

  long getFailedRequests();

  /** Requests left of this task's daily share (-1: no budget of our own). */
  long getDailyBudgetLeft();

  /** Whether the task is paused by a spent daily quota. */
  boolean isPausedForQuota();
}
