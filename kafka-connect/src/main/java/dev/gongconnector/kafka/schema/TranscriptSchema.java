package dev.gongconnector.kafka.schema;

import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.Party;
import dev.gongconnector.client.transcripts.CallTranscript;
import dev.gongconnector.client.transcripts.Speaker;
import dev.gongconnector.client.transcripts.SpeakerResolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.connect.data.Field;
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

  // The fields, looked up once: a transcript has hundreds of sentences of eight fields each.
  private static final Field SPEAKER_ID = SENTENCE.field("speakerId");
  private static final Field SPEAKER_NAME = SENTENCE.field("speakerName");
  private static final Field AFFILIATION = SENTENCE.field("affiliation");
  private static final Field USER_ID = SENTENCE.field("userId");
  private static final Field TOPIC = SENTENCE.field("topic");
  private static final Field START_MS = SENTENCE.field("startMs");
  private static final Field END_MS = SENTENCE.field("endMs");
  private static final Field TEXT = SENTENCE.field("text");
  private static final Field CALL_ID = VALUE.field("callId");
  private static final Field WORKSPACE_ID = VALUE.field("workspaceId");
  private static final Field TITLE = VALUE.field("title");
  private static final Field STARTED = VALUE.field("started");
  private static final Field SENTENCES = VALUE.field("sentences");

  private TranscriptSchema() {}

  /**
   * A call's transcript with its speakers named from the call's parties ({@link SpeakerResolver}'s
   * rules): a sentence per {@link SpeakerResolver#resolve}'s {@code SpeakerSentence}, without
   * making those. {@code transcript} null: no sentences.
   */
  public static Struct toStruct(Call call, CallTranscript transcript, List<Party> parties) {
    if (transcript == null) return header(call, new ArrayList<>(0));
    List<Struct> out = new ArrayList<>(SpeakerResolver.sentenceCount(transcript));
    Struct s = header(call, out);
    SpeakerResolver.forEachSentence(
        transcript,
        parties,
        (speaker, topic, x) -> out.add(sentence(speaker, topic, x.start(), x.end(), x.text())));
    return s;
  }

  /**
   * The transcript's Struct with {@code sentences} put while still empty, to be filled after.
   * Connect validates a list's elements when the list is put, and a Struct element in full
   * (Struct.validate(): every field again, each with a new description string); each sentence's
   * fields are already validated as they are put, so filling the list after halves that work (the
   * bulk of the connector's CPU and garbage per sentence). The caller never puts an invalid
   * sentence: its required fields (startMs, endMs, text) are always set. Consumers get the list
   * unmodifiable.
   */
  private static Struct header(Call call, List<Struct> sentences) {
    return new Struct(VALUE)
        .put(CALL_ID, call.id())
        .put(WORKSPACE_ID, call.workspaceId())
        .put(TITLE, call.title())
        .put(STARTED, Structs.date(call.started()))
        .put(SENTENCES, Collections.unmodifiableList(sentences));
  }

  private static Struct sentence(Speaker sp, String topic, long start, long end, String text) {
    return new Struct(SENTENCE)
        .put(SPEAKER_ID, sp.speakerId())
        .put(SPEAKER_NAME, sp.name())
        .put(AFFILIATION, sp.affiliation())
        .put(USER_ID, sp.userId())
        .put(TOPIC, topic)
        .put(START_MS, start)
        .put(END_MS, end)
        .put(TEXT, text == null ? "" : text);
  }
}
