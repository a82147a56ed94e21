package dev.gongconnector.kafka.schema;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Timestamp;

/** Small helpers shared by the topic schemas. */
final class Structs {

  static final Schema OPTIONAL_TIMESTAMP = Timestamp.builder().optional().build();
  static final Schema STRINGS = SchemaBuilder.array(Schema.STRING_SCHEMA).optional().build();

  private Structs() {}

  /**
   * Connect's Timestamp is epoch millis (the offset is dropped; Gong's string keeps it, not needed
   * here).
   */
  static Date date(OffsetDateTime t) {
    return t == null ? null : Date.from(t.toInstant());
  }

  static <T, R> List<R> list(List<T> in, Function<T, R> f) {
    return in == null ? null : in.stream().map(f).toList();
  }
}
