package dev.gongconnector.kafka.schema;

import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.transcripts.SpeakerSentence;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/**
 * The value of a record on the transcripts topic: one call's sentences with speaker ids and names.
 */
public final class TranscriptSchema {

  static final Schema SENTENCE =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.Sentence")
          .field("speakerId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("speakerName", Schema.OPTIONAL_STRING_SCHEMA)
          .field("affiliation", Schema.OPTIONAL_STRING_SCHEMA)
          .field("userId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("topic", Schema.OPTIONAL_STRING_SCHEMA)
          .field("startMs", Schema.INT64_SCHEMA)
          .field("endMs", Schema.INT64_SCHEMA)
          .field("text", Schema.STRING_SCHEMA)
          .build();

  public static final Schema VALUE =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.Transcript")
          .version(1)
          .field("callId", Schema.STRING_SCHEMA)
          .field("workspaceId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("title", Schema.OPTIONAL_STRING_SCHEMA)
          .field("started", Structs.OPTIONAL_TIMESTAMP)
          .field("sentences", SchemaBuilder.array(SENTENCE).build())
          .build();

  private TranscriptSchema() {}

  /** A call's transcript; {@code sentences} empty when Gong has none (yet). */
  public static Struct toStruct(Call call, List<SpeakerSentence> sentences) {
    return new Struct(VALUE)
        .put("callId", call.id())
        .put("workspaceId", call.workspaceId())
        .put("title", call.title())
        .put("started", Structs.date(call.started()))
        .put("sentences", sentences.stream().map(TranscriptSchema::sentence).toList());
  }

  private static Struct sentence(SpeakerSentence s) {
    return new Struct(SENTENCE)
        .put("speakerId", s.speaker().speakerId())
        .put("speakerName", s.speaker().name())
        .put("affiliation", s.speaker().affiliation())
        .put("userId", s.speaker().userId())
        .put("topic", s.topic())
        .put("startMs", s.start())
        .put("endMs", s.end())
        .put("text", s.text() == null ? "" : s.text());
  }
}
