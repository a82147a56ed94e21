package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.gongconnector.simulator.company.Company;
import dev.gongconnector.simulator.company.Trackers;
import dev.gongconnector.simulator.company.User;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the {@code content} block of a call's extensive data (structure, topics, trackers, points
 * of interest, brief, outline, highlights, call outcome, key points), each part only when selected.
 */
final class ContentBlock {

  private final Company company;
  private final TrackerMatcher trackers;

  ContentBlock(Company company, TrackerMatcher trackers) {
    this.company = company;
    this.trackers = trackers;
  }

  void write(JsonGenerator g, SimCall call, Conversation conv, ContentSelector sel)
      throws IOException {
    g.writeObjectFieldStart("content");
    Derived d = conv == null ? null : conv.derived();
    if (sel.content("structure")) {
      g.writeArrayFieldStart("structure");
      if (d != null) {
        for (Map.Entry<String, Long> e : d.structure.entrySet()) {
          nameDuration(g, e.getKey(), e.getValue());
        }
      }
      g.writeEndArray();
    }
    if (sel.content("topics")) {
      g.writeArrayFieldStart("topics");
      if (d != null) {
        for (Map.Entry<String, Long> e : d.topics.entrySet()) {
          nameDuration(g, e.getKey(), e.getValue());
        }
      }
      g.writeEndArray();
    }
    if (sel.content("trackers")) {
      writeTrackers(g, conv, sel.content("trackerOccurrences"));
    }
    if (sel.content("pointsOfInterest")) {
      g.writeObjectFieldStart("pointsOfInterest");
      g.writeArrayFieldStart("actionItems");
      if (conv != null) {
        for (int m = 0; m < conv.monologueCount(); m++) {
          if (conv.topic(m).equals("Next Steps") && conv.speaker(m).internal()) {
            int s = conv.firstSentence(m);
            g.writeStartObject();
            g.writeNumberField("snippetStartTime", conv.start(s) / 1000);
            g.writeNumberField("snippetEndTime", (conv.end(s) + 999) / 1000);
            g.writeStringField("speakerID", conv.speaker(m).speakerId());
            g.writeStringField("snippet", conv.text(s));
            g.writeEndObject();
          }
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    if (sel.content("brief")) {
      if (conv == null) {
        g.writeNullField("brief");
      } else {
        g.writeStringField("brief", brief(call, d));
      }
    }
    if (sel.content("outline")) {
      writeOutline(g, conv);
    }
    if (sel.content("highlights")) {
      writeHighlights(g, conv);
    }
    if (sel.content("callOutcome")) {
      String[] o = outcome(call);
      g.writeObjectFieldStart("callOutcome");
      g.writeStringField("id", o[0]);
      g.writeStringField("category", o[1]);
      g.writeStringField("name", o[2]);
      g.writeEndObject();
    }
    if (sel.content("keyPoints")) {
      g.writeArrayFieldStart("keyPoints");
      if (d != null) {
        for (String k : keyPoints(call, d)) {
          g.writeStartObject();
          g.writeStringField("text", k);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static void nameDuration(JsonGenerator g, String name, long seconds) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeNumberField("duration", seconds);
    g.writeEndObject();
  }

  /** A sentence that says tracker phrases: which ones, when (seconds) and who. */
  private record Said(long matches, double at, String speakerId) {}

  private void writeTrackers(JsonGenerator g, Conversation conv, boolean withOccurrences)
      throws IOException {
    g.writeArrayFieldStart("trackers");
    // The few sentences that say any phrase, in order: each tracker then reads only those.
    List<Said> said = new ArrayList<>();
    if (conv != null) {
      long[] matches = trackers.sentenceMatches(conv);
      for (int m = 0; m < conv.monologueCount(); m++) {
        for (int s = conv.firstSentence(m); s < conv.endSentence(m); s++) {
          if (matches[s] != 0) {
            said.add(new Said(matches[s], conv.start(s) / 1000.0, conv.speaker(m).speakerId()));
          }
        }
      }
    }
    // One list for every tracker's occurrences, emptied per tracker: grown once per call, not once
    // per tracker (its growth was a few per cent of the local Gong's CPU).
    List<Object[]> all = new ArrayList<>();
    for (int ti = 0; ti < trackers.trackers().size(); ti++) {
      Trackers.Tracker t = trackers.trackers().get(ti);
      Map<String, List<double[]>> byPhrase = new LinkedHashMap<>();
      all.clear();
      for (Said sentence : said) {
        for (int k = 0; k < t.phrases().size(); k++) {
          if (trackers.says(sentence.matches(), ti, k)) {
            double at = sentence.at();
            byPhrase
                .computeIfAbsent(t.phrases().get(k), x -> new ArrayList<>())
                .add(new double[] {at});
            all.add(new Object[] {at, sentence.speakerId()});
          }
        }
      }
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeStringField("name", t.name());
      g.writeNumberField("count", all.size());
      g.writeStringField("type", t.type());
      // Occurrences come only with trackerOccurrences (Gong: only for calls recorded since
      // 2023-01-01).
      if (withOccurrences) {
        g.writeArrayFieldStart("occurrences");
        for (Object[] o : all) {
          g.writeStartObject();
          g.writeNumberField("startTime", (Double) o[0]);
          g.writeStringField("speakerId", (String) o[1]);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("phrases");
      for (Map.Entry<String, List<double[]>> e : byPhrase.entrySet()) {
        g.writeStartObject();
        g.writeNumberField("count", e.getValue().size());
        g.writeArrayFieldStart("occurrences");
        if (withOccurrences) {
          for (double[] at : e.getValue()) {
            g.writeStartObject();
            g.writeNumberField("startTime", at[0]);
            g.writeEndObject();
          }
        }
        g.writeEndArray();
        g.writeStringField("phrase", e.getKey());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeOutline(JsonGenerator g, Conversation conv) throws IOException {
    g.writeArrayFieldStart("outline");
    if (conv != null) {
      String current = null;
      // The section's monologues are first .. i-1.
      int first = 0;
      for (int i = 0; i <= conv.monologueCount(); i++) {
        String topic = i < conv.monologueCount() ? conv.topic(i) : null;
        if (topic == null || !topic.equals(current)) {
          if (first < i) {
            long start = conv.monologueStart(first);
            long end = conv.monologueEnd(i - 1);
            g.writeStartObject();
            g.writeStringField("section", current);
            g.writeNumberField("startTime", start / 1000);
            g.writeNumberField("duration", Math.max(1, (end - start) / 1000));
            g.writeArrayFieldStart("items");
            for (int k = first; k < i && k < first + 3; k++) {
              int s = conv.firstSentence(k);
              g.writeStartObject();
              g.writeStringField("text", conv.text(s));
              g.writeNumberField("startTime", conv.start(s) / 1000);
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          first = i;
          current = topic;
        }
      }
    }
    g.writeEndArray();
  }

  private static void writeHighlights(JsonGenerator g, Conversation conv) throws IOException {
    g.writeArrayFieldStart("highlights");
    if (conv != null) {
      highlight(g, conv, "Next steps", "Next Steps", true);
      highlight(g, conv, "Pain points", "Pain Points", false);
      highlight(g, conv, "Pricing discussion", "Pricing", true);
      highlight(g, conv, "Competition", "Competition", false);
    }
    g.writeEndArray();
  }

  private static void highlight(
      JsonGenerator g, Conversation conv, String title, String topic, boolean internal)
      throws IOException {
    // The first sentences of the first three such monologues.
    int[] hits = new int[3];
    int n = 0;
    for (int m = 0; m < conv.monologueCount() && n < 3; m++) {
      if (conv.topic(m).equals(topic) && conv.speaker(m).internal() == internal) {
        hits[n++] = conv.firstSentence(m);
      }
    }
    if (n == 0) {
      return;
    }
    g.writeStartObject();
    g.writeStringField("title", title);
    g.writeArrayFieldStart("items");
    for (int k = 0; k < n; k++) {
      int s = hits[k];
      g.writeStartObject();
      g.writeStringField("text", conv.text(s));
      g.writeArrayFieldStart("startTimes");
      g.writeNumber(conv.start(s) / 1000);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String[] outcome(SimCall call) {
    if (call.sdrDisposition() != null) {
      switch (call.sdrDisposition()) {
        case "Meeting booked":
          return new String[] {"MEETING_BOOKED", "Answered", "Meeting booked"};
        case "Left voicemail":
          return new String[] {"VOICEMAIL", "Not answered", "Left voicemail"};
        case "Not interested":
          return new String[] {"NOT_INTERESTED", "Answered", "Not interested"};
        case "Got the gatekeeper":
          return new String[] {"GATEKEEPER", "Answered", "Reached gatekeeper"};
        default:
          return new String[] {"FOLLOW_UP", "Answered", "Follow-up needed"};
      }
    }
    switch (call.scenario()) {
      case PROCUREMENT:
        return new String[] {"CONTRACT_SENT", "Progressed", "Contract sent"};
      case PRICING:
        return new String[] {"PROPOSAL_SENT", "Progressed", "Proposal sent"};
      case INTERNAL:
        return new String[] {"INTERNAL", "Internal", "Internal meeting"};
      default:
        return new String[] {"NEXT_MEETING_SCHEDULED", "Progressed", "Next meeting scheduled"};
    }
  }

  private String brief(SimCall call, Derived d) {
    User host = company.user(call.primaryUserId());
    String who = host == null ? "The team" : host.fullName();
    String with = call.account() == null ? "colleagues" : call.account().name();
    StringBuilder sb = new StringBuilder();
    sb.append(who)
        .append(" met with ")
        .append(with)
        .append(" for a ")
        .append(call.scenario().label().toLowerCase(Locale.ROOT))
        .append(". ");
    sb.append("The conversation covered ")
        .append(String.join(", ", d.topics.keySet()).toLowerCase(Locale.ROOT))
        .append(". ");
    if (d.topics.containsKey("Pricing")) {
      sb.append("Pricing came up and the customer asked about flexibility on the price. ");
    }
    if (d.topics.containsKey("Competition")) {
      sb.append("A competitor is part of the evaluation. ");
    }
    if (d.topics.containsKey("Security")) {
      sb.append("The customer's security review needs SOC 2 and SSO documentation. ");
    }
    sb.append("Both sides agreed on next steps.");
    return sb.toString();
  }

  private static List<String> keyPoints(SimCall call, Derived d) {
    List<String> out = new ArrayList<>();
    for (String topic : d.topics.keySet()) {
      switch (topic) {
        case "Pain Points":
          out.add("The team spends hours every week on manual reporting.");
          break;
        case "Pricing":
          out.add(
              "Price is above the current budget; a discount for signing this quarter was offered.");
          break;
        case "Competition":
          out.add("A competitor is also being evaluated.");
          break;
        case "Security":
          out.add("A security review (SOC 2, SSO) is required before purchase.");
          break;
        case "Procurement":
          out.add("Procurement needs vendor onboarding documents and CFO approval.");
          break;
        case "Renewal":
          out.add("Renewal is planned; finance wants to review the price.");
          break;
        case "Next Steps":
          out.add("Follow-up meeting and proposal agreed.");
          break;
        default:
          break;
      }
    }
    return out;
  }
}
