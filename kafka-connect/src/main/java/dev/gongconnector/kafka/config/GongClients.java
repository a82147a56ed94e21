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
    return prepared(base(c).maxAttempts(1).rateLimitPerSecond(0).dailyBudget(0).build());
  }

  /**
   * A client for the connector's own few requests (validation, listing workspaces): one attempt per
   * request, paced by {@link dev.gongconnector.kafka.quota.ConnectorSlots} in the slots kept for
   * them.
   */
  public static GongClient forConnector(GongSourceConfig c) {
    return prepared(base(c).maxAttempts(1).rateLimitPerSecond(0).dailyBudget(0).build());
  }

  /**
   * The JDK HTTP client made now, not at the first request: that set-up (selector thread, TLS)
   * would otherwise lie between the rate slot's release and the request. A task's first request,
   * released on time, reached the local Gong 160 ms after its slot that way and made a 429
   * (ConnectorTakeoverTest, 2026-11-30 11:53 UTC).
   */
  private static GongClient prepared(GongClient client) {
    client.prepare();
    return client;
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
