package dev.gongconnector.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.simulator.GongSimulator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Test fixture: a local Gong with a small generated company and a fast client against it. */
final class LocalGong implements AutoCloseable {

  static final ObjectMapper M = new ObjectMapper();

  /** Generated calls lie in the half year before this date. */
  static final LocalDate ANCHOR = LocalDate.of(2025, 7, 1);

  final GongSimulator sim;
  final GongClient client;

  LocalGong(int calls) {
    sim =
        GongSimulator.builder()
            .calls(calls)
            .seed(7)
            .anchorDate(ANCHOR)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .start();
    client = clientFor(sim).build();
  }

  static GongClient.Builder clientFor(GongSimulator sim) {
    return GongClient.builder()
        .baseUrl(sim.baseUrl())
        .credentials(sim.accessKey(), sim.accessKeySecret())
        .rateLimitPerSecond(0)
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(20))
        .maxRetryTime(Duration.ofSeconds(30));
  }

  ActionRegistry registry(boolean allowWrites) {
    return ActionRegistry.builder(client).allowWrites(allowWrites).build();
  }

  /** A registry whose write actions may upload media files from {@code mediaDir}. */
  ActionRegistry registry(boolean allowWrites, java.nio.file.Path mediaDir) {
    return ActionRegistry.builder(client)
        .allowWrites(allowWrites)
        .mediaPolicy(dev.gongconnector.actions.calls.MediaPolicy.allowing(List.of(mediaDir)))
        .build();
  }

  static JsonNode json(String text) {
    try {
      return M.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The range covering every generated call. */
  static String wholeRange() {
    return "\"from_date\":\"" + ANCHOR.minusDays(200) + "\",\"to_date\":\"" + ANCHOR + "\"";
  }

  @Override
  public void close() {
    sim.close();
  }
}
