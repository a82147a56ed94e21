package dev.gongconnector.kafka.config;

import dev.gongconnector.client.GongClient;
import java.time.Duration;

/**
 * Builds the client of a connector or task from its configuration; the secret never leaves the
 * Password.
 */
public final class GongClients {

  private GongClients() {}

  /**
   * A client with one attempt per request and no pacing of its own: the task's gateway paces every
   * request (retries included) through the connector-wide slot schedule.
   */
  public static GongClient forTask(GongSourceConfig c) {
    return base(c).maxAttempts(1).rateLimitPerSecond(0).dailyBudget(0).build();
  }

  /**
   * A client for the connector's own few requests (validation, listing workspaces): one attempt per
   * request, paced by {@link dev.gongconnector.kafka.quota.ConnectorSlots} in the slots kept for
   * them.
   */
  public static GongClient forConnector(GongSourceConfig c) {
    return base(c).maxAttempts(1).rateLimitPerSecond(0).dailyBudget(0).build();
  }

  private static GongClient.Builder base(GongSourceConfig c) {
    return GongClient.builder()
        .baseUrl(c.baseUrl())
        .credentials(c.accessKey(), c.secret().value())
        .connectTimeout(Duration.ofSeconds(10))
        .requestTimeout(Duration.ofMillis(c.getLong(GongSourceConfig.REQUEST_TIMEOUT_MS)))
        .userAgent("gong-kafka-connect/" + Version.VERSION);
  }

  /** Identifies the company in source partitions: the normalized base URL and the access key id. */
  public static String companyId(GongClient client, GongSourceConfig c) {
    return client.config().baseUrl() + "#" + c.accessKey();
  }
}
