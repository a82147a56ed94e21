package dev.gongconnector.simulator.calls;

import dev.gongconnector.simulator.http.Buffer;
import dev.gongconnector.simulator.http.Json;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Direct-mapped cache of generated calls' {@code CallBasicData} JSON, keyed by sorted position and
 * bounded (16,384 entries, about 10 MB) whatever the number of calls. Entries carry their position
 * as a 4-byte tag so that two positions sharing a slot are told apart. Lock-free; a race only
 * renders a call twice.
 */
final class BasicJsonCache {

  private static final int SLOTS = 16_384;

  private final AtomicReferenceArray<byte[]> slots;

  BasicJsonCache(int calls) {
    slots = new AtomicReferenceArray<>(Math.min(SLOTS, Math.max(1, calls)));
  }

  /**
   * Appends the JSON of the call at {@code position}, rendering it with {@code generate} on a miss.
   */
  void write(int position, IntFunction<SimCall> generate, Buffer out) {
    int slot = position % slots.length();
    byte[] cached = slots.get(slot);
    if (cached != null && tagOf(cached) == position) {
      out.write(cached, 4, cached.length - 4);
      return;
    }
    byte[] json = render(generate.apply(position));
    byte[] entry = new byte[json.length + 4];
    entry[0] = (byte) (position >>> 24);
    entry[1] = (byte) (position >>> 16);
    entry[2] = (byte) (position >>> 8);
    entry[3] = (byte) position;
    System.arraycopy(json, 0, entry, 4, json.length);
    slots.set(slot, entry);
    out.append(json);
  }

  static byte[] render(SimCall call) {
    return Json.bytes(g -> CallJson.writeBasic(g, call));
  }

  private static int tagOf(byte[] entry) {
    return ((entry[0] & 0xff) << 24)
        | ((entry[1] & 0xff) << 16)
        | ((entry[2] & 0xff) << 8)
        | (entry[3] & 0xff);
  }
}
