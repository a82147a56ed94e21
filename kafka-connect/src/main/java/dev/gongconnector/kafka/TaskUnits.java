package dev.gongconnector.kafka;

import static dev.gongconnector.kafka.config.GongSourceConfig.*;

import dev.gongconnector.client.GongClient;
import dev.gongconnector.kafka.config.GongClients;
import dev.gongconnector.kafka.config.GongSourceConfig;
import dev.gongconnector.kafka.config.TaskAssignment;
import dev.gongconnector.kafka.metrics.GongTaskMetrics;
import dev.gongconnector.kafka.offsets.SourcePartitions;
import dev.gongconnector.kafka.offsets.SyncPosition;
import dev.gongconnector.kafka.quota.GongGateway;
import dev.gongconnector.kafka.streams.CallsUnit;
import dev.gongconnector.kafka.streams.SyncUnit;
import dev.gongconnector.kafka.streams.UsersUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** Makes a task's sync units, each starting from the offset Connect stored for its partition(s). */
final class TaskUnits {

  private final GongSourceConfig config;
  private final GongClient client;
  private final GongGateway gateway;
  private final GongTaskMetrics metrics;
  private final OffsetStorageReader offsets;
  private final Instant now;
  private final String company;

  TaskUnits(
      GongSourceConfig config,
      GongClient client,
      GongGateway gateway,
      GongTaskMetrics metrics,
      OffsetStorageReader offsets,
      Instant now) {
    this.config = config;
    this.client = client;
    this.gateway = gateway;
    this.metrics = metrics;
    this.offsets = offsets;
    this.now = now;
    this.company = GongClients.companyId(client, config);
  }

  List<SyncUnit> build(String workspaces, boolean users) {
    boolean calls = config.streamEnabled("calls");
    boolean transcripts = config.streamEnabled("transcripts");
    List<Map<String, String>> partitions = new ArrayList<>();
    List<String> ids =
        workspaces == null || workspaces.isBlank() ? List.of() : List.of(workspaces.split(","));
    for (String ws : ids) {
      if (calls) partitions.add(SourcePartitions.of(company, ws, "calls"));
      if (transcripts) partitions.add(SourcePartitions.of(company, ws, "transcripts"));
    }
    if (users) partitions.add(SourcePartitions.of(company, null, "users"));
    // One read for all partitions of the task.
    Map<Map<String, String>, Map<String, Object>> stored = offsets.offsets(partitions);
    CallsUnit.Settings settings =
        new CallsUnit.Settings(
            config.getString(TOPIC_CALLS),
            config.getString(TOPIC_TRANSCRIPTS),
            config.syncFrom(now),
            config.lookback(),
            Duration.ofMillis(config.getLong(POLL_INTERVAL_MS)));
    List<SyncUnit> units = new ArrayList<>();
    for (String ws : ids) {
      String filter = TaskAssignment.ALL.equals(ws) ? null : ws;
      Map<String, String> cp = calls ? SourcePartitions.of(company, ws, "calls") : null;
      Map<String, String> tp = transcripts ? SourcePartitions.of(company, ws, "transcripts") : null;
      // Both streams come from the same pages: resume where the one behind stands.
      SyncPosition start = SyncPosition.earlier(position(stored, cp), position(stored, tp));
      units.add(
          new CallsUnit(
              client,
              gateway,
              metrics,
              settings,
              filter,
              cp,
              tp,
              start == null ? SyncPosition.NEW : start));
    }
    if (users) {
      Map<String, String> up = SourcePartitions.of(company, null, "users");
      SyncPosition start = position(stored, up);
      units.add(
          new UsersUnit(
              client,
              gateway,
              metrics,
              config.getString(TOPIC_USERS),
              Duration.ofMillis(config.getLong(USERS_INTERVAL_MS)),
              up,
              start == null ? SyncPosition.NEW : start));
    }
    return units;
  }

  private static SyncPosition position(
      Map<Map<String, String>, Map<String, Object>> stored, Map<String, String> partition) {
    if (partition == null) return null;
    Map<String, Object> m = stored == null ? null : stored.get(partition);
    return SyncPosition.fromMap(m);
  }
}
