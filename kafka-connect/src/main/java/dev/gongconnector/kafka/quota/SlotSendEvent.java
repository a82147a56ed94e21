package dev.gongconnector.kafka.quota;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timestamp;

/**
 * One request a task sent in a rate slot, as a JFR event, recorded while a JFR recording runs (e.g.
 * {@code jcmd <pid> JFR.start}: JFR enables an event its settings do not name), e.g. to see how
 * late requests leave on a busy worker; costs nothing otherwise. The event's start is the moment
 * the gate let the request go to the client, its duration the request's (answer and parsing
 * included).
 */
@Name(SlotSendEvent.NAME)
@Label("Gong request in a rate slot")
@Category({"Gong", "Kafka Connect"})
@StackTrace(false)
final class SlotSendEvent extends Event {

  static final String NAME = "dev.gongconnector.kafka.SlotSend";

  @Label("Gate")
  @Description("the task's gate (connector name and task index), or connector for its own requests")
  String gate;

  @Label("Stream")
  String stream;

  @Label("Slot")
  long slot;

  @Label("Slot start")
  @Timestamp(Timestamp.MILLISECONDS_SINCE_EPOCH)
  long slotStart;

  @Label("Released")
  @Description("when the gate let the request go (epoch ms, the gate's clock)")
  @Timestamp(Timestamp.MILLISECONDS_SINCE_EPOCH)
  long released;

  @Label("Late wake-ups skipped")
  int skipped;

  @Label("Outcome")
  @Description("ok, the status of a Gong error (429), or the failure's class")
  String outcome;

  /** Fills and commits {@code event} when a recording wants it (after the request). */
  static void commit(
      SlotSendEvent event, String gate, String stream, SlotGate.Taken slot, String outcome) {
    if (!event.shouldCommit()) return;
    event.gate = gate;
    event.stream = stream;
    event.slot = slot.slot();
    event.slotStart = slot.startMs();
    event.released = slot.releasedMs();
    event.skipped = slot.skipped();
    event.outcome = outcome;
    event.commit();
  }

  /** The outcome of a failed request: the HTTP status of a Gong error, else the failure's class. */
  static String outcome(RuntimeException e) {
    if (e instanceof dev.gongconnector.client.GongException g && g.status() > 0) {
      return String.valueOf(g.status());
    }
    return e.getClass().getSimpleName();
  }
}
