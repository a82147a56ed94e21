package dev.gongconnector.kafka.schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
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

  /**
   * Puts {@code in} mapped to Structs into {@code field} of {@code s} (null stays null). The list
   * is put while empty and filled after: Connect validates a list's elements when the list is put,
   * a Struct element in full (every field again), though each element's fields were validated as
   * they were put; {@code f} must set every required field of the element's schema (the schemas'
   * tests check {@code validate()} of the finished Struct). Consumers get the list unmodifiable.
   */
  static <T> Struct putStructs(Struct s, Field field, List<T> in, Function<T, Struct> f) {
    if (in == null) return s.put(field, null);
    List<Struct> out = new ArrayList<>(in.size());
    s.put(field, Collections.unmodifiableList(out));
    for (T t : in) out.add(f.apply(t));
    return s;
  }
}
