package dev.gongconnector.simulator.calls;

import java.util.LinkedHashMap;
import java.util.Map;

/** Aggregates of a conversation: talk times, topic durations, questions. */
final class Derived {
  final Map<String, Long> topics = new LinkedHashMap<>();
  final Map<String, Long> structure = new LinkedHashMap<>();
  final Map<String, Long> talkMs = new LinkedHashMap<>();
  long internalMs;
  long totalTalkMs;
  long longestInternal;
  long longestExternal;
  int internalQuestions;
  int externalQuestions;

  Derived(Conversation conv) {
    Map<String, Long> topicMs = new LinkedHashMap<>();
    for (Conversation.Monologue m : conv.monologues) {
      long len = m.end() - m.start();
      topicMs.merge(m.topic(), len, Long::sum);
      talkMs.merge(m.speaker().speakerId(), len, Long::sum);
      totalTalkMs += len;
      if (m.speaker().internal()) {
        internalMs += len;
        longestInternal = Math.max(longestInternal, len);
      } else {
        longestExternal = Math.max(longestExternal, len);
      }
      for (Conversation.Sentence s : m.sentences()) {
        if (s.text().endsWith("?")) {
          if (m.speaker().internal()) {
            internalQuestions++;
          } else {
            externalQuestions++;
          }
        }
      }
    }
    topicMs.forEach((k, v) -> topics.put(k, Math.max(1, v / 1000)));
    topicMs.forEach((k, v) -> structure.merge(phase(k), Math.max(1, v / 1000), Long::sum));
  }

  private static String phase(String topic) {
    switch (topic) {
      case "Small Talk":
      case "Call Setup":
      case "Introduction":
      case "Agenda":
      case "Recap":
        return "Opening";
      case "Next Steps":
      case "Timeline":
        return "Wrap-up";
      default:
        return "Main discussion";
    }
  }
}
