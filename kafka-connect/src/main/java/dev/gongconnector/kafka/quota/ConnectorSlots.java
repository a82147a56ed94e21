package dev.gongconnector.kafka.quota;

import static dev.gongconnector.kafka.config.GongSourceConfig.*;

import dev.gongconnector.client.AuthenticationException;
import dev.gongconnector.client.GongException;
import dev.gongconnector.client.InvalidRequestException;
import dev.gongconnector.client.PermissionException;
import dev.gongconnector.kafka.config.GongSourceConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.connect.errors.RetriableException;

/**
 * Sends the connector's own requests (validate's credential check, listing the workspaces) in the
 * slots {@link SlotGate} keeps for them, never in a task's. One gate per company and schedule in
 * this worker, so two validations at once take two reserved slots, not one.
 */
public final class ConnectorSlots {

  private static final Map<List<Object>, SlotGate> GATES = new ConcurrentHashMap<>();

  private ConnectorSlots() {}

  /**
   * Waits for the company's next reserved slot, then sends; {@code attempts} times at most for
   * server errors, dropped connections and short 429s (each attempt in its own reserved slot).
   */
  public static <T> T send(
      GongSourceConfig config, String company, int attempts, Supplier<T> request) {
    SlotGate gate = gate(config, company);
    for (int attempt = 1; ; attempt++) {
      // Made before the wait, as the tasks' (GongGateway).
      SlotSendEvent event = new SlotSendEvent();
      SlotGate.Taken slot = new SlotGate.Taken();
      try {
        gate.acquire(slot);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RetriableException("interrupted while waiting for the connector's rate slot", e);
      }
      event.begin();
      try {
        T answer = request.get();
        SlotSendEvent.commit(event, "connector", "connector", slot, "ok");
        return answer;
      } catch (GongException e) {
        SlotSendEvent.commit(event, "connector", "connector", slot, SlotSendEvent.outcome(e));
        boolean hopeless = // retrying does not help
            e instanceof AuthenticationException
                || e instanceof PermissionException
                || e instanceof InvalidRequestException;
        if (hopeless || attempt >= attempts) throw e;
      }
    }
  }

  private static SlotGate gate(GongSourceConfig c, String company) {
    int rate = c.getInt(RATE_PER_SECOND);
    long margin = c.getLong(RATE_MARGIN_MS);
    int every = c.getInt(CONNECTOR_SLOT_EVERY);
    return GATES.computeIfAbsent(
        List.of(company, rate, margin, every), k -> SlotGate.forConnector(rate, margin, every));
  }
}
