package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Deals;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.http.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code CallData} of {@code /v2/calls/extensive} (only the selected parts) and the
 * transcripts of {@code /v2/calls/transcript}, all derived from one {@link Conversation} so the
 * parts agree.
 */
final class ContentWriter {

  // Transcript field names encoded once: a transcript has hundreds of sentences.
  private static final SerializedString SPEAKER_ID = new SerializedString("speakerId");
  private static final SerializedString TOPIC = new SerializedString("topic");
  private static final SerializedString SENTENCES = new SerializedString("sentences");
  private static final SerializedString START = new SerializedString("start");
  private static final SerializedString END = new SerializedString("end");
  private static final SerializedString TEXT = new SerializedString("text");

  private final CallStore store;
  private final Company company;
  private final ContentBlock content;
  private final InteractionBlock interaction;

  ContentWriter(CallStore store) {
    this.store = store;
    this.company = store.company();
    this.content = new ContentBlock(company, store.trackers());
    this.interaction = new InteractionBlock(company);
  }

  private Conversation conversation(SimCall call, RecentConversations.Use use) {
    return store.hasTranscript(call) ? store.conversation(call, use) : null;
  }

  /**
   * The transcript array: empty for calls without one (not transcribable, or media not arrived
   * yet).
   */
  void writeTranscript(JsonGenerator g, SimCall call) throws IOException {
    Conversation conv = conversation(call, RecentConversations.Use.TRANSCRIPT);
    g.writeStartArray();
    if (conv != null) {
      char[] text = conv.textBuffer();
      for (int m = 0; m < conv.monologueCount(); m++) {
        g.writeStartObject();
        g.writeFieldName(SPEAKER_ID);
        g.writeString(conv.speaker(m).speakerId());
        g.writeFieldName(TOPIC);
        g.writeString(conv.topic(m));
        g.writeFieldName(SENTENCES);
        g.writeStartArray();
        for (int s = conv.firstSentence(m); s < conv.endSentence(m); s++) {
          g.writeStartObject();
          g.writeFieldName(START);
          g.writeNumber(conv.start(s));
          g.writeFieldName(END);
          g.writeNumber(conv.end(s));
          g.writeFieldName(TEXT);
          conv.writeText(g, s, text);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  void writeCallData(JsonGenerator g, SimCall call, ContentSelector sel) throws IOException {
    Conversation conv =
        sel.anyContent() || sel.anyInteraction()
            ? conversation(call, RecentConversations.Use.EXTENSIVE)
            : null;
    g.writeStartObject();
    g.writeFieldName("metaData");
    CallJson.writeBasic(g, call);
    if (!sel.context.equals("None")) {
      writeCallContext(g, call, sel);
    }
    if (sel.parties) {
      writeParties(g, call, sel);
    }
    if (sel.anyContent()) {
      content.write(g, call, conv, sel);
    }
    if (sel.anyInteraction()) {
      interaction.writeInteraction(g, call, conv, sel);
    }
    if (sel.publicComments) {
      interaction.writeComments(g, call, conv);
    }
    if (sel.media && !store.hasMedia(call)) {
      g.writeNullField("media");
    } else if (sel.media) {
      g.writeObjectFieldStart("media");
      MediaLinks links = store.mediaLinks();
      if (links != null) {
        g.writeStringField("audioUrl", links.audioUrl(call));
        Json.stringOrNull(g, "videoUrl", links.videoUrl(call));
      } else {
        String token = Long.toHexString(Ids.mix(call.id() ^ company.seed()));
        g.writeStringField(
            "audioUrl",
            "https://media.gong.io/audio/" + call.id() + ".mp3?expires=8h&token=" + token);
        g.writeNullField("videoUrl");
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void writeCallContext(JsonGenerator g, SimCall call, ContentSelector sel)
      throws IOException {
    g.writeArrayFieldStart("context");
    if (call.account() != null) {
      g.writeStartObject();
      g.writeStringField("system", "Salesforce");
      g.writeArrayFieldStart("objects");
      boolean extended = sel.context.equals("Extended");
      for (String timing : extended ? sel.contextTiming : List.of("Now")) {
        writeObject(
            g,
            "Opportunity",
            call.account().opportunityId(),
            extended,
            timing,
            Map.of(
                "Name",
                Deals.name(call.account()),
                "StageName",
                stage(call, timing),
                "Amount",
                Integer.toString(Deals.amount(call.account()))));
        writeObject(
            g,
            "Account",
            call.account().crmAccountId(),
            extended,
            timing,
            Map.of("Name", call.account().name(), "Industry", call.account().industry()));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The stage at the call's time follows its scenario; "Now" is the deal's current stage. */
  private static String stage(SimCall call, String timing) {
    if (timing.equals("Now")) {
      return Deals.stageNow(call.account());
    }
    return Deals.STAGES[Math.min(3, call.scenario().ordinal() / 2)];
  }

  private static void writeObject(
      JsonGenerator g,
      String type,
      String id,
      boolean extended,
      String timing,
      Map<String, String> fields)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("objectType", type);
    g.writeStringField("objectId", id);
    if (extended) {
      g.writeArrayFieldStart("fields");
      for (Map.Entry<String, String> f : new java.util.TreeMap<>(fields).entrySet()) {
        g.writeStartObject();
        g.writeStringField("name", f.getKey());
        g.writeStringField("value", f.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("timing", timing);
    }
    g.writeEndObject();
  }

  private void writeParties(JsonGenerator g, SimCall call, ContentSelector sel) throws IOException {
    g.writeArrayFieldStart("parties");
    for (Party p : call.parties()) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      if (p.emailAddress() != null) {
        g.writeStringField("emailAddress", p.emailAddress());
      }
      if (p.name() != null) {
        g.writeStringField("name", p.name());
      }
      if (p.title() != null) {
        g.writeStringField("title", p.title());
      }
      if (p.userId() != null) {
        g.writeStringField("userId", p.userId());
      }
      if (p.speakerId() != null) {
        g.writeStringField("speakerId", p.speakerId());
      }
      if (!sel.context.equals("None") && p.crmObjectId() != null) {
        g.writeArrayFieldStart("context");
        g.writeStartObject();
        g.writeStringField("system", "Salesforce");
        g.writeArrayFieldStart("objects");
        boolean extended = sel.context.equals("Extended");
        writeObject(
            g,
            p.crmObjectType(),
            p.crmObjectId(),
            extended,
            "Now",
            p.name() == null ? Map.of() : Map.of("Name", p.name()));
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeStringField("affiliation", p.affiliation());
      if (p.phoneNumber() != null) {
        g.writeStringField("phoneNumber", p.phoneNumber());
      }
      g.writeArrayFieldStart("methods");
      for (String m : p.methods()) {
        g.writeString(m);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
