package dev.gongconnector.kafka.schema;

import dev.gongconnector.client.calls.Call;
import dev.gongconnector.client.calls.CallContent;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.CallInteraction;
import dev.gongconnector.client.calls.InteractionStat;
import dev.gongconnector.client.calls.KeyPoint;
import dev.gongconnector.client.calls.NamedDuration;
import dev.gongconnector.client.calls.Party;
import dev.gongconnector.client.calls.SpeakerTalkTime;
import dev.gongconnector.client.calls.Tracker;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

/** The value of a record on the calls topic: a call's extensive data (see the module README). */
public final class CallSchema {

  static final Schema PARTY =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.Party")
          .optional()
          .field("id", Schema.OPTIONAL_STRING_SCHEMA)
          .field("name", Schema.OPTIONAL_STRING_SCHEMA)
          .field("emailAddress", Schema.OPTIONAL_STRING_SCHEMA)
          .field("phoneNumber", Schema.OPTIONAL_STRING_SCHEMA)
          .field("title", Schema.OPTIONAL_STRING_SCHEMA)
          .field("userId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("speakerId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("affiliation", Schema.OPTIONAL_STRING_SCHEMA)
          .build();

  static final Schema NAMED_DURATION =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.NamedDuration")
          .optional()
          .field("name", Schema.OPTIONAL_STRING_SCHEMA)
          .field("duration", Schema.OPTIONAL_FLOAT64_SCHEMA)
          .build();

  static final Schema TRACKER =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.Tracker")
          .optional()
          .field("id", Schema.OPTIONAL_STRING_SCHEMA)
          .field("name", Schema.OPTIONAL_STRING_SCHEMA)
          .field("type", Schema.OPTIONAL_STRING_SCHEMA)
          .field("count", Schema.OPTIONAL_INT32_SCHEMA)
          .build();

  static final Schema CONTENT =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.CallContent")
          .optional()
          .field("brief", Schema.OPTIONAL_STRING_SCHEMA)
          .field("keyPoints", Structs.STRINGS)
          .field("topics", SchemaBuilder.array(NAMED_DURATION).optional().build())
          .field("trackers", SchemaBuilder.array(TRACKER).optional().build())
          .build();

  static final Schema STAT =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.InteractionStat")
          .optional()
          .field("name", Schema.OPTIONAL_STRING_SCHEMA)
          .field("value", Schema.OPTIONAL_FLOAT64_SCHEMA)
          .build();

  static final Schema TALK =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.SpeakerTalkTime")
          .optional()
          .field("id", Schema.OPTIONAL_STRING_SCHEMA)
          .field("userId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("talkTime", Schema.OPTIONAL_FLOAT64_SCHEMA)
          .build();

  static final Schema INTERACTION =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.CallInteraction")
          .optional()
          .field("interactionStats", SchemaBuilder.array(STAT).optional().build())
          .field("speakers", SchemaBuilder.array(TALK).optional().build())
          .build();

  public static final Schema VALUE =
      SchemaBuilder.struct()
          .name("dev.gongconnector.kafka.Call")
          .version(1)
          .field("id", Schema.STRING_SCHEMA)
          .field("workspaceId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("url", Schema.OPTIONAL_STRING_SCHEMA)
          .field("title", Schema.OPTIONAL_STRING_SCHEMA)
          .field("scheduled", Structs.OPTIONAL_TIMESTAMP)
          .field("started", Structs.OPTIONAL_TIMESTAMP)
          .field("durationSeconds", Schema.OPTIONAL_INT64_SCHEMA)
          .field("primaryUserId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("direction", Schema.OPTIONAL_STRING_SCHEMA)
          .field("system", Schema.OPTIONAL_STRING_SCHEMA)
          .field("scope", Schema.OPTIONAL_STRING_SCHEMA)
          .field("media", Schema.OPTIONAL_STRING_SCHEMA)
          .field("language", Schema.OPTIONAL_STRING_SCHEMA)
          .field("purpose", Schema.OPTIONAL_STRING_SCHEMA)
          .field("meetingUrl", Schema.OPTIONAL_STRING_SCHEMA)
          .field("isPrivate", Schema.OPTIONAL_BOOLEAN_SCHEMA)
          .field("clientUniqueId", Schema.OPTIONAL_STRING_SCHEMA)
          .field("parties", SchemaBuilder.array(PARTY).optional().build())
          .field("content", CONTENT)
          .field("interaction", INTERACTION)
          .build();

  private CallSchema() {}

  public static Struct toStruct(CallData d) {
    Call c = d.metaData();
    Struct s =
        new Struct(VALUE)
            .put("id", c.id())
            .put("workspaceId", c.workspaceId())
            .put("url", c.url())
            .put("title", c.title())
            .put("scheduled", Structs.date(c.scheduled()))
            .put("started", Structs.date(c.started()))
            .put("durationSeconds", c.duration())
            .put("primaryUserId", c.primaryUserId())
            .put("direction", c.direction())
            .put("system", c.system())
            .put("scope", c.scope())
            .put("media", c.media())
            .put("language", c.language())
            .put("purpose", c.purpose())
            .put("meetingUrl", c.meetingUrl())
            .put("isPrivate", c.isPrivate())
            .put("clientUniqueId", c.clientUniqueId());
    Structs.putStructs(s, VALUE.field("parties"), d.parties(), CallSchema::party);
    if (d.content() != null) s.put("content", content(d.content()));
    if (d.interaction() != null) s.put("interaction", interaction(d.interaction()));
    return s;
  }

  private static Struct party(Party p) {
    return new Struct(PARTY)
        .put("id", p.id())
        .put("name", p.name())
        .put("emailAddress", p.emailAddress())
        .put("phoneNumber", p.phoneNumber())
        .put("title", p.title())
        .put("userId", p.userId())
        .put("speakerId", p.speakerId())
        .put("affiliation", p.affiliation());
  }

  private static Struct content(CallContent c) {
    List<String> keyPoints =
        c.keyPoints() == null ? null : c.keyPoints().stream().map(KeyPoint::text).toList();
    Struct s = new Struct(CONTENT).put("brief", c.brief()).put("keyPoints", keyPoints);
    Structs.putStructs(s, CONTENT.field("topics"), c.topics(), CallSchema::named);
    return Structs.putStructs(s, CONTENT.field("trackers"), c.trackers(), CallSchema::tracker);
  }

  private static Struct named(NamedDuration n) {
    return new Struct(NAMED_DURATION).put("name", n.name()).put("duration", n.duration());
  }

  private static Struct tracker(Tracker t) {
    return new Struct(TRACKER)
        .put("id", t.id())
        .put("name", t.name())
        .put("type", t.type())
        .put("count", t.count());
  }

  private static Struct interaction(CallInteraction i) {
    Struct s = new Struct(INTERACTION);
    Structs.putStructs(
        s, INTERACTION.field("interactionStats"), i.interactionStats(), CallSchema::stat);
    return Structs.putStructs(s, INTERACTION.field("speakers"), i.speakers(), CallSchema::talk);
  }

  private static Struct stat(InteractionStat s) {
    return new Struct(STAT).put("name", s.name()).put("value", s.value());
  }

  private static Struct talk(SpeakerTalkTime t) {
    return new Struct(TALK)
        .put("id", t.id())
        .put("userId", t.userId())
        .put("talkTime", t.talkTime());
  }
}
