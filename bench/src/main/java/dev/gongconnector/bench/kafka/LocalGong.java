package dev.gongconnector.bench.kafka;

import dev.gongconnector.simulator.GongSimulator;
import java.time.Instant;

/** A company's local Gong for the bench: in this JVM, or in a process of its own. */
interface LocalGong extends AutoCloseable {

  String baseUrl();

  String accessKey();

  String accessKeySecret();

  Instant earliestCallStart();

  /** Requests the local Gong counted since its last reset. */
  long requestCount();

  /** 429s it answered. */
  long rateLimitedCount();

  void resetRequestCounts();

  /** CPU seconds of its own process so far; 0 when in this JVM (counted in the JVM's). */
  default double processCpuSeconds() {
    return 0;
  }

  @Override
  void close();

  static LocalGong inThisJvm(GongSimulator sim) {
    return new LocalGong() {
      @Override
      public String baseUrl() {
        return sim.baseUrl();
      }

      @Override
      public String accessKey() {
        return sim.accessKey();
      }

      @Override
      public String accessKeySecret() {
        return sim.accessKeySecret();
      }

      @Override
      public Instant earliestCallStart() {
        return sim.earliestCallStart();
      }

      @Override
      public long requestCount() {
        return sim.requestCount();
      }

      @Override
      public long rateLimitedCount() {
        return sim.rateLimitedCount();
      }

      @Override
      public void resetRequestCounts() {
        sim.resetRequestCounts();
      }

      @Override
      public void close() {
        sim.close();
      }
    };
  }
}
