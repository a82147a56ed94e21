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
    for (int m = 0; m < conv.monologueCount(); m++) {
      Conversation.Speaker speaker = conv.speaker(m);
      long len = conv.monologueEnd(m) - conv.monologueStart(m);
      topicMs.merge(conv.topic(m), len, Long::sum);
      talkMs.merge(speaker.speakerId(), len, Long::sum);
      totalTalkMs += len;
      if (speaker.internal()) {
        internalMs += len;
        longestInternal = Math.max(longestInternal, len);
      } else {
        longestExternal = Math.max(longestExternal, len);
      }
      for (int s = conv.firstSentence(m); s < conv.endSentence(m); s++) {
        if (conv.question(s)) {
          if (speaker.internal()) {
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
