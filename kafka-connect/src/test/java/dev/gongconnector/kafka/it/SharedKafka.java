package dev.gongconnector.kafka.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One broker for all integration test classes of the JVM (it takes the longest to start); stopped
 * when the JVM ends. Each test class starts and stops its own workers, with their own group and
 * topics.
 */
final class SharedKafka {

  private static EmbeddedKafka kafka;

  private SharedKafka() {}

  static synchronized EmbeddedKafka get() {
    if (kafka == null) {
      try {
        Path dir = Files.createTempDirectory("gong-kafka-it");
        kafka = EmbeddedKafka.start(dir);
        EmbeddedKafka k = kafka;
        Runtime.getRuntime().addShutdownHook(new Thread(k::close, "stop-test-broker"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return kafka;
  }
}
