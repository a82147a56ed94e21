package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Ids;
import dev.gongconnector.simulator.company.User;
import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes the {@code interaction} and {@code collaboration} blocks of a call's extensive data. */
final class InteractionBlock {

  private final Company company;

  InteractionBlock(Company company) {
    this.company = company;
  }

  void writeInteraction(JsonGenerator g, SimCall call, Conversation conv, ContentSelector sel)
      throws IOException {
    g.writeObjectFieldStart("interaction");
    Derived d = conv == null ? null : conv.derived();
    if (sel.interaction("speakers")) {
      g.writeArrayFieldStart("speakers");
      if (d != null) {
        for (Conversation.Speaker s : conv.speakers) {
          if (s.partyId() == null) {
            continue;
          }
          g.writeStartObject();
          g.writeStringField("id", s.partyId());
          if (s.userId() != null) {
            g.writeStringField("userId", s.userId());
          }
          g.writeNumberField("talkTime", d.talkMs.getOrDefault(s.speakerId(), 0L) / 1000.0);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    if (sel.interaction("personInteractionStats")) {
      g.writeArrayFieldStart("interactionStats");
      if (d != null) {
        stat(g, "Talk Ratio", Math.round(100.0 * d.internalMs / Math.max(1, d.totalTalkMs)));
        stat(g, "Longest Monologue", d.longestInternal / 1000);
        stat(g, "Longest Customer Story", d.longestExternal / 1000);
        stat(
            g,
            "Interactivity",
            Math.min(10, conv.monologueCount() * 60L / Math.max(1, call.duration())));
        stat(g, "Patience", 1 + Math.floorMod(call.contentSeed(), 3));
      }
      g.writeEndArray();
    }
    if (sel.interaction("video")) {
      g.writeArrayFieldStart("video");
      if ("Video".equals(call.media())) {
        SplittableRandom rng = Ids.rng(call.contentSeed(), 13);
        int dur = call.duration();
        ContentBlock.nameDuration(g, "Browser", dur / 10 + rng.nextInt(Math.max(1, dur / 10)));
        ContentBlock.nameDuration(
            g, "Presentation", call.scenario() == Scenario.DEMO ? dur / 2 : dur / 8);
        ContentBlock.nameDuration(g, "WebcamPrimaryUser", dur * 3 / 4);
        ContentBlock.nameDuration(
            g, "WebcamNonCompany", dur / 2 + rng.nextInt(Math.max(1, dur / 3)));
        ContentBlock.nameDuration(g, "Webcam", dur * 4 / 5);
      }
      g.writeEndArray();
    }
    if (sel.interaction("questions")) {
      g.writeObjectFieldStart("questions");
      g.writeNumberField("companyCount", d == null ? 0 : d.internalQuestions);
      g.writeNumberField("nonCompanyCount", d == null ? 0 : d.externalQuestions);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void stat(JsonGenerator g, String name, long value) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeNumberField("value", value);
    g.writeEndObject();
  }

  void writeComments(JsonGenerator g, SimCall call, Conversation conv) throws IOException {
    g.writeObjectFieldStart("collaboration");
    g.writeArrayFieldStart("publicComments");
    SplittableRandom rng = Ids.rng(call.contentSeed(), 17);
    User host = company.user(call.primaryUserId());
    if (conv != null
        && conv.monologueCount() > 0
        && host != null
        && host.managerId() != null
        && rng.nextInt(100) < 35) {
      User manager = company.user(host.managerId());
      int m = rng.nextInt(conv.monologueCount());
      long at = conv.monologueStart(m) / 1000;
      String id = Long.toString(Ids.next(rng));
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeNumberField("audioStartTime", at);
      g.writeNumberField("audioEndTime", conv.monologueEnd(m) / 1000);
      g.writeStringField("commenterUserId", manager.id());
      g.writeStringField(
          "comment",
          "@["
              + host.fullName()
              + "]("
              + host.id()
              + ") nice handling of the "
              + conv.topic(m).toLowerCase(Locale.ROOT)
              + " part here");
      g.writeStringField(
          "posted", CallJson.iso(call.startedMillis() + call.duration() * 1000L + 3_600_000L));
      g.writeNullField("inReplyTo");
      g.writeBooleanField("duringCall", false);
      g.writeEndObject();
      if (rng.nextBoolean()) {
        g.writeStartObject();
        g.writeStringField("id", Long.toString(Ids.next(rng)));
        g.writeNumberField("audioStartTime", at);
        g.writeNumberField("audioEndTime", conv.monologueEnd(m) / 1000);
        g.writeStringField("commenterUserId", host.id());
        g.writeStringField("comment", "Thanks! They asked for the follow-up deck too.");
        g.writeStringField(
            "posted", CallJson.iso(call.startedMillis() + call.duration() * 1000L + 7_200_000L));
        g.writeStringField("inReplyTo", id);
        g.writeBooleanField("duringCall", false);
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Aggregates of a conversation. */
}
