package dev.gongconnector.kafka;

import static dev.gongconnector.kafka.config.GongSourceConfig.*;
import static dev.gongconnector.kafka.config.TaskAssignment.*;

import dev.gongconnector.client.AuthenticationException;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.PermissionException;
import dev.gongconnector.kafka.config.GongClients;
import dev.gongconnector.kafka.config.GongSourceConfig;
import dev.gongconnector.kafka.config.Version;
import dev.gongconnector.kafka.metrics.GongTaskMetrics;
import dev.gongconnector.kafka.prefetch.Prefetcher;
import dev.gongconnector.kafka.quota.DailyBudget;
import dev.gongconnector.kafka.quota.GongGateway;
import dev.gongconnector.kafka.quota.SlotGate;
import dev.gongconnector.kafka.streams.SyncUnit;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads its workspaces' calls and transcripts (and, task 0, the users) from the offsets Connect
 * stored. The reading runs ahead on threads of the task ({@link Prefetcher}), so a request goes out
 * in every rate slot the task owns; {@link #poll()} hands over one page at a time, in reading
 * order, and never waits longer than about a second: when nothing is due, or the day's quota is
 * spent, it returns null.
 */
public final class GongSourceTask extends SourceTask {

  private static final Logger LOG = LoggerFactory.getLogger(GongSourceTask.class);

  private final Clock clock = Clock.systemUTC();
  private GongTaskMetrics metrics;
  private Prefetcher prefetcher;

  @Override
  public String version() {
    return Version.VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    GongSourceConfig config = new GongSourceConfig(props);
    int index = Integer.parseInt(props.get(TASK_INDEX));
    int count = Integer.parseInt(props.get(TASK_COUNT));
    String name = props.getOrDefault("name", "gong");
    GongClient client = GongClients.forTask(config);
    DailyBudget budget =
        new DailyBudget(DailyBudget.share(config.getLong(DAILY_BUDGET), index, count), clock);
    metrics = new GongTaskMetrics(budget, () -> prefetcher != null && prefetcher.quotaPaused());
    metrics.register(name, index);
    SlotGate gate =
        new SlotGate(
            config.getInt(RATE_PER_SECOND),
            config.getLong(RATE_MARGIN_MS),
            index,
            count,
            config.getInt(CONNECTOR_SLOT_EVERY));
    GongGateway gateway = new GongGateway(name + "-" + index, gate, budget, metrics, clock);
    List<SyncUnit> units =
        new TaskUnits(
                config, client, gateway, metrics, context.offsetStorageReader(), clock.instant())
            .build(props.get(TASK_WORKSPACES), Boolean.parseBoolean(props.get(TASK_USERS)));
    prefetcher =
        new Prefetcher(
            "gong-" + name + "-" + index,
            units,
            clock,
            Duration.ofMillis(config.getLong(PAUSE_RECHECK_MS)),
            config.getInt(READ_AT_ONCE));
    prefetcher.start();
    LOG.info(
        "Gong task {}/{} started: {} units at {}/s shared by {} tasks, daily share {}",
        index,
        count,
        units.size(),
        config.getInt(RATE_PER_SECOND),
        count,
        budget.left());
  }

  @Override
  public List<SourceRecord> poll() throws InterruptedException {
    try {
      List<SourceRecord> records = prefetcher.next();
      return records == null || records.isEmpty() ? null : records;
    } catch (AuthenticationException | PermissionException e) {
      throw new ConnectException("Gong refused the credentials or a scope: " + e.getMessage(), e);
    }
  }

  @Override
  public void stop() {
    if (prefetcher != null) prefetcher.stop();
    if (metrics != null) metrics.unregister();
  }
}
