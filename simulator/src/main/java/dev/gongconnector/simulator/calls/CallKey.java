package dev.gongconnector.simulator.calls;

/**
 * A call's position in every listing: (start time, id). Stable when calls are added concurrently.
 */
public record CallKey(long startMillis, long id) implements Comparable<CallKey> {

  @Override
  public int compareTo(CallKey o) {
    int c = Long.compare(startMillis, o.startMillis);
    return c != 0 ? c : Long.compare(id, o.id);
  }
}
