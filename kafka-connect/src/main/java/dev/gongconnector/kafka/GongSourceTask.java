package dev.gongconnector.kafka;

import static dev.gongconnector.kafka.config.GongSourceConfig.*;
import static dev.gongconnector.kafka.config.TaskAssignment.*;

import dev.gongconnector.client.AuthenticationException;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.PermissionException;
import dev.gongconnector.client.RateLimitedException;
import dev.gongconnector.kafka.config.GongClients;
import dev.gongconnector.kafka.config.GongSourceConfig;
import dev.gongconnector.kafka.config.Version;
import dev.gongconnector.kafka.metrics.GongTaskMetrics;
import dev.gongconnector.kafka.quota.DailyBudget;
import dev.gongconnector.kafka.quota.GongGateway;
import dev.gongconnector.kafka.quota.QuotaPause;
import dev.gongconnector.kafka.quota.SlotGate;
import dev.gongconnector.kafka.streams.SyncUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads its workspaces' calls and transcripts (and, task 0, the users) one page per {@link
 * #poll()}, resuming from the offsets Connect stored. Never blocks longer than about a second: when
 * nothing is due, or the day's quota is spent, poll sleeps briefly and returns null.
 */
public final class GongSourceTask extends SourceTask {

  private static final Logger LOG = LoggerFactory.getLogger(GongSourceTask.class);
  static final long MAX_SLEEP_MS = 1000;
  static final long MAX_BACKOFF_MS = 10_000;

  private final Clock clock = Clock.systemUTC();
  private final Object sleeper = new Object();
  private volatile boolean stopping;
  private GongClient client;
  private List<SyncUnit> units;
  private GongTaskMetrics metrics;
  private int next;
  private Instant pausedUntil;

  /** From a spent quota until the next request Gong answers (JMX shows it). */
  private volatile boolean quotaPaused;

  private Duration pauseRecheck;
  private long backoffMs;
  private Instant retryAt = Instant.EPOCH;

  @Override
  public String version() {
    return Version.VERSION;
  }

  @Override
  public void start(Map<String, String> props) {
    GongSourceConfig config = new GongSourceConfig(props);
    int index = Integer.parseInt(props.get(TASK_INDEX));
    int count = Integer.parseInt(props.get(TASK_COUNT));
    client = GongClients.forTask(config);
    DailyBudget budget =
        new DailyBudget(DailyBudget.share(config.getLong(DAILY_BUDGET), index, count), clock);
    metrics = new GongTaskMetrics(budget, () -> quotaPaused);
    metrics.register(props.getOrDefault("name", "gong"), index);
    SlotGate gate =
        new SlotGate(config.getInt(RATE_PER_SECOND), config.getLong(RATE_MARGIN_MS), index, count);
    GongGateway gateway = new GongGateway(gate, budget, metrics, clock);
    pauseRecheck = Duration.ofMillis(config.getLong(PAUSE_RECHECK_MS));
    units =
        new TaskUnits(
                config, client, gateway, metrics, context.offsetStorageReader(), clock.instant())
            .build(props.get(TASK_WORKSPACES), Boolean.parseBoolean(props.get(TASK_USERS)));
    stopping = false;
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
  public List<SourceRecord> poll() {
    Instant now = clock.instant();
    if (pausedUntil != null) {
      if (now.isBefore(pausedUntil)) {
        sleep(Duration.between(now, pausedUntil).toMillis());
        return null;
      }
      pausedUntil = null; // try again; quotaPaused stays until Gong answers
    }
    if (now.isBefore(retryAt)) {
      sleep(Duration.between(now, retryAt).toMillis());
      return null;
    }
    SyncUnit unit = nextDue(now);
    if (unit == null) {
      Instant earliest =
          units.stream().map(SyncUnit::dueAt).min(Instant::compareTo).orElse(now.plusSeconds(1));
      sleep(Duration.between(now, earliest).toMillis());
      return null;
    }
    try {
      List<SourceRecord> records = unit.step(now);
      backoffMs = 0;
      if (quotaPaused) {
        LOG.info("Gong quota available again; resuming");
        quotaPaused = false;
      }
      return records.isEmpty() ? null : records;
    } catch (QuotaPause p) {
      // Pause, don't fail; look again after the recheck interval in case the reset comes earlier.
      Instant recheck = now.plus(pauseRecheck);
      pausedUntil = p.until().isBefore(recheck) ? p.until() : recheck;
      quotaPaused = true;
      LOG.warn(
          "Gong quota: {}; pausing until {} (reset expected {})",
          p.getMessage(),
          pausedUntil,
          p.until());
      return null;
    } catch (AuthenticationException | PermissionException e) {
      throw new ConnectException("Gong refused the credentials or a scope: " + e.getMessage(), e);
    } catch (RateLimitedException e) {
      // A short 429: the gateway already holds every request of this task for Retry-After.
      LOG.warn(
          "Gong answered 429 for {}; waiting {}", unit.describe(), e.retryAfter().orElse(null));
      return null;
    } catch (GongException e) {
      // Server errors, dropped connections, timeouts: the same page is read again after a backoff.
      backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(250, backoffMs * 2));
      LOG.warn(
          "Gong request failed for {}; retrying in {} ms: {}",
          unit.describe(),
          backoffMs,
          e.getMessage());
      retryAt = now.plusMillis(backoffMs);
      return null;
    }
  }

  private SyncUnit nextDue(Instant now) {
    for (int i = 0; i < units.size(); i++) {
      SyncUnit u = units.get((next + i) % units.size());
      if (!u.dueAt().isAfter(now)) {
        next = (next + i + 1) % units.size(); // round-robin: every workspace gets its turn
        return u;
      }
    }
    return null;
  }

  private void sleep(long ms) {
    long bounded = Math.max(1, Math.min(ms, MAX_SLEEP_MS));
    synchronized (sleeper) {
      if (stopping) return;
      try {
        sleeper.wait(bounded);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void stop() {
    synchronized (sleeper) {
      stopping = true;
      sleeper.notifyAll();
    }
    if (metrics != null) metrics.unregister();
  }
}
