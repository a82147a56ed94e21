package dev.gongconnector.mcp;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.simulator.GongSimulator;

/** Clients of the local Gong the tests start. */
final class LocalGong {

  private LocalGong() {}

  /** A client of {@code sim} with its access key and no rate limit of its own. */
  static GongClient client(GongSimulator sim) {
    return GongClient.builder()
        .baseUrl(sim.baseUrl())
        .credentials(sim.accessKey(), sim.accessKeySecret())
        .rateLimitPerSecond(0)
        .build();
  }
}
