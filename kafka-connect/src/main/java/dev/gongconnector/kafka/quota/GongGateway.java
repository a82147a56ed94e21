package dev.gongconnector.kafka.quota;

import dev.gongconnector.client.RateLimitedException;
import dev.gongconnector.kafka.metrics.GongTaskMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.RetriableException;

/**
 * Every Gong request of a task goes through here: the daily share first, then this task's rate
 * slot, then the client (built with one attempt, so each client call is exactly one request and
 * every retry comes back through the slot gate).
 */
public final class GongGateway {

  /** A 429 asking to wait longer than this is taken as a spent daily quota (as the client does). */
  static final Duration DAILY_THRESHOLD = Duration.ofMinutes(10);

  private final SlotGate gate;
  private final DailyBudget budget;
  private final GongTaskMetrics metrics;
  private final Clock clock;
  private final String name;

  /**
   * @param name names the task in the JFR events of its requests ({@link SlotSendEvent})
   */
  public GongGateway(
      String name, SlotGate gate, DailyBudget budget, GongTaskMetrics metrics, Clock clock) {
    this.name = name;
    // Loads and links the event's class at task start, not at the first request: its first use
    // would otherwise load jdk.jfr classes on the way to a rate slot.
    new SlotSendEvent().shouldCommit();
    this.gate = gate;
    this.budget = budget;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Sends one request for {@code stream}.
   *
   * @throws QuotaPause when the day's quota is spent
   * @throws RetriableException when interrupted while waiting for a slot
   * @throws dev.gongconnector.client.GongException as the client throws it (a short 429 also pauses
   *     the gate)
   */
  public <T> T send(String stream, Supplier<T> request) {
    if (!budget.tryTake()) {
      throw new QuotaPause(budget.resetsAt(), "this task's share of the daily budget is spent");
    }
    // Both made before the wait: between the gate's release and the client call only begin(), an
    // empty method while no JFR recording runs (the event's class is loaded with the gateway).
    SlotSendEvent event = new SlotSendEvent();
    SlotGate.Taken slot = new SlotGate.Taken();
    try {
      gate.acquire(slot);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetriableException("interrupted while waiting for a rate slot", e);
    }
    event.begin();
    metrics.request(stream);
    try {
      T answer = request.get();
      SlotSendEvent.commit(event, name, stream, slot, "ok");
      return answer;
    } catch (RateLimitedException e) {
      SlotSendEvent.commit(event, name, stream, slot, SlotSendEvent.outcome(e));
      metrics.rateLimited();
      Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
      if (e.isDailyLimit() || wait.compareTo(DAILY_THRESHOLD) > 0) {
        Instant until = e.resetsAt().orElse(clock.instant().plus(wait));
        throw new QuotaPause(until, "Gong's daily quota is spent (429)");
      }
      gate.pauseUntil(clock.millis() + wait.toMillis());
      throw e;
    } catch (RuntimeException e) {
      SlotSendEvent.commit(event, name, stream, slot, SlotSendEvent.outcome(e));
      metrics.failed();
      throw e;
    }
  }
}
