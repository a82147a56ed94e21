package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generated transcript of one call: monologues (speaker, topic, sentences with ms times) that
 * walk through the scenario's topics and fill the call's duration. Everything else of the extensive
 * data (topics, trackers, talk times, questions, ...) is derived from it, so the parts agree with
 * each other.
 *
 * <p>Kept compact, a few arrays and one string of all sentence texts, because the local Gong keeps
 * the recent ones ({@link RecentConversations}) across young GCs: as records (a Sentence, a String
 * and its bytes per sentence) a long call was about a thousand objects that G1 copied and promoted
 * only to see them die in the old generation. Sentences and monologues are numbered from 0 in the
 * order they are said; a monologue's sentences are consecutive. Immutable once built, except for
 * {@link #derived}.
 */
final class Conversation {

  /**
   * A voice in the call; {@code partyId}/{@code userId} may be null when the call has no parties.
   */
  record Speaker(
      String speakerId, String partyId, String userId, String firstName, boolean internal) {}

  final List<Speaker> speakers;

  private final Speaker[] monologueSpeakers;
  private final String[] monologueTopics;

  /** Monologue {@code m}'s sentences are {@code firstSentence[m]} to {@code firstSentence[m+1]}. */
  private final int[] firstSentence;

  /** Sentence {@code s} starts at {@code times[2s]} and ends at {@code times[2s+1]} (ms). */
  private final long[] times;

  /** All sentence texts one after the other; sentence {@code s}'s ends at {@code textEnds[s]}. */
  private final String texts;

  private final int[] textEnds;
  private final int longestText;

  // Computed on first use; volatile so that a conversation shared between threads publishes it
  // whole (two threads may both compute it: the results are equal).
  private volatile Derived derived;

  private Conversation(List<Speaker> speakers, Builder b) {
    this.speakers = speakers;
    this.monologueSpeakers = b.speakers.toArray(new Speaker[0]);
    this.monologueTopics = b.topics.toArray(new String[0]);
    this.firstSentence = Arrays.copyOf(b.firstSentence, b.topics.size() + 1);
    this.firstSentence[b.topics.size()] = b.sentences;
    this.times = Arrays.copyOf(b.times, 2 * b.sentences);
    this.texts = b.texts.toString();
    this.textEnds = Arrays.copyOf(b.textEnds, b.sentences);
    this.longestText = b.longestText;
  }

  /** Talk times, topic durations and questions, computed once per conversation. */
  Derived derived() {
    Derived d = derived;
    if (d == null) {
      d = new Derived(this);
      derived = d;
    }
    return d;
  }

  int monologueCount() {
    return monologueTopics.length;
  }

  Speaker speaker(int monologue) {
    return monologueSpeakers[monologue];
  }

  String topic(int monologue) {
    return monologueTopics[monologue];
  }

  /** The monologue's first sentence. */
  int firstSentence(int monologue) {
    return firstSentence[monologue];
  }

  /** One past the monologue's last sentence. */
  int endSentence(int monologue) {
    return firstSentence[monologue + 1];
  }

  /** When the monologue's first sentence starts (ms). */
  long monologueStart(int monologue) {
    return start(firstSentence(monologue));
  }

  /** When the monologue's last sentence ends (ms). */
  long monologueEnd(int monologue) {
    return end(endSentence(monologue) - 1);
  }

  int sentenceCount() {
    return textEnds.length;
  }

  long start(int sentence) {
    return times[2 * sentence];
  }

  long end(int sentence) {
    return times[2 * sentence + 1];
  }

  /** The sentence's text, cut out of the texts: for the few sentences shown whole. */
  String text(int sentence) {
    return texts.substring(textStart(sentence), textEnds[sentence]);
  }

  /** All texts, to be read from {@link #textStart} to {@link #textEnd} of a sentence. */
  String texts() {
    return texts;
  }

  int textStart(int sentence) {
    return sentence == 0 ? 0 : textEnds[sentence - 1];
  }

  int textEnd(int sentence) {
    return textEnds[sentence];
  }

  /** Whether the sentence ends with a question mark. */
  boolean question(int sentence) {
    int end = textEnds[sentence];
    return end > textStart(sentence) && texts.charAt(end - 1) == '?';
  }

  /** A buffer that holds any sentence's text, for {@link #writeText}. */
  char[] textBuffer() {
    return new char[longestText];
  }

  /**
   * Writes the sentence's text as a JSON string, the same bytes as {@code writeString(text(s))}
   * without making the string.
   */
  void writeText(JsonGenerator g, int sentence, char[] buffer) throws IOException {
    int from = textStart(sentence);
    int to = textEnds[sentence];
    texts.getChars(from, to, buffer, 0);
    g.writeString(buffer, 0, to - from);
  }

  /** Collects monologues and sentences as they are generated ({@link ConversationGenerator}). */
  static final class Builder {
    final List<Speaker> speakers = new ArrayList<>();
    final List<String> topics = new ArrayList<>();
    final StringBuilder texts = new StringBuilder(16_384);
    int[] firstSentence = new int[64];
    long[] times = new long[512];
    int[] textEnds = new int[256];
    int sentences;
    int longestText;

    int monologues() {
      return topics.size();
    }

    void sentence(long start, long end, String text) {
      if (sentences == textEnds.length) {
        textEnds = Arrays.copyOf(textEnds, 2 * sentences);
        times = Arrays.copyOf(times, 4 * sentences);
      }
      times[2 * sentences] = start;
      times[2 * sentences + 1] = end;
      texts.append(text);
      textEnds[sentences++] = texts.length();
      longestText = Math.max(longestText, text.length());
    }

    Conversation build(List<Speaker> speakers) {
      return new Conversation(List.copyOf(speakers), this);
    }

    /** Closes a monologue whose sentences were added since {@code first}, if it has any. */
    boolean monologue(Speaker speaker, String topic, int first) {
      if (sentences == first) {
        return false;
      }
      if (topics.size() + 1 >= firstSentence.length) {
        firstSentence = Arrays.copyOf(firstSentence, 2 * firstSentence.length);
      }
      firstSentence[topics.size()] = first;
      speakers.add(speaker);
      topics.add(topic);
      return true;
    }
  }
}
