package dev.gongconnector.kafka.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning, accumulating what it has seen. */
final class TopicReader implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  TopicReader(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("auto.offset.reset", "earliest");
    p.put("enable.auto.commit", "false");
    p.put("group.id", "reader-" + java.util.UUID.randomUUID());
    consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    consumer.subscribe(List.of(topic));
  }

  /**
   * Polls until {@code until} says enough or the timeout passes; returns everything seen so far.
   */
  List<ConsumerRecord<String, String>> readUntil(
      java.util.function.Predicate<List<ConsumerRecord<String, String>>> until, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!until.test(seen) && System.nanoTime() < end) {
      consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }
    return seen;
  }

  static Map<String, Long> countByKey(List<ConsumerRecord<String, String>> records) {
    Map<String, Long> m = new java.util.HashMap<>();
    for (var r : records) m.merge(r.key(), 1L, Long::sum);
    return m;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
