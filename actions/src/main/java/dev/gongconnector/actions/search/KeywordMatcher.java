package dev.gongconnector.actions.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.actions.transcripts.SpeakerDirectory;
import dev.gongconnector.client.transcripts.Monologue;
import dev.gongconnector.client.transcripts.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds keywords in a call: case-insensitive, any keyword, matched at the start of a word (so
 * {@code demo} finds "demo", "Demos" and "demonstration" but not "pseudemo"); a keyword of several
 * words matches that phrase with any spacing. Gong has no search endpoint, so this is our answer to
 * "calls about X".
 */
public final class KeywordMatcher {

  private static final int WINDOW = 100;

  private final List<String> keywords;
  private final List<Pattern> patterns;

  /** The lower-cased first word of each keyword: a cheap test before the regex. */
  private final List<String> probes;

  public KeywordMatcher(List<String> keywords) {
    List<String> kept = new ArrayList<>();
    List<Pattern> compiled = new ArrayList<>();
    List<String> firstWords = new ArrayList<>();
    for (String k : keywords) {
      if (k == null || k.isBlank()) continue;
      String keyword = k.strip();
      kept.add(keyword);
      StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
      String[] words = keyword.split("\\s+");
      firstWords.add(words[0].toLowerCase(Locale.ROOT));
      for (int i = 0; i < words.length; i++) {
        if (i > 0) regex.append("\\s+");
        regex.append(Pattern.quote(words[i].toLowerCase(Locale.ROOT)));
      }
      compiled.add(
          Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    this.keywords = List.copyOf(kept);
    this.patterns = List.copyOf(compiled);
    this.probes = List.copyOf(firstWords);
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  public List<String> keywords() {
    return keywords;
  }

  /** The first keyword found in {@code text} with its position, or null. */
  Hit find(String text) {
    if (text == null || text.isEmpty()) return null;
    String lower = text.toLowerCase(Locale.ROOT);
    Hit best = null;
    for (int i = 0; i < patterns.size(); i++) {
      if (!lower.contains(probes.get(i))) continue;
      Matcher m = patterns.get(i).matcher(text);
      if (m.find() && (best == null || m.start() < best.start))
        best = new Hit(keywords.get(i), m.start(), m.end());
    }
    return best;
  }

  record Hit(String keyword, int start, int end) {}

  /**
   * Matches in the call's metadata and content: title, brief, topics, trackers, key points,
   * highlights.
   */
  public List<Match> matchCall(JsonNode callData) {
    List<Match> out = new ArrayList<>();
    add(out, "title", callData.path("metaData").path("title").asText(null));
    add(out, "brief", callData.path("content").path("brief").asText(null));
    for (JsonNode topic : callData.path("content").path("topics"))
      add(out, "topic", topic.path("name").asText(null));
    for (JsonNode tracker : callData.path("content").path("trackers")) {
      if (tracker.path("count").asInt(1) == 0)
        continue; // a tracker that never fired says nothing about the call
      int before = out.size();
      add(out, "tracker", tracker.path("name").asText(null));
      if (out.size() == before) {
        for (JsonNode phrase : tracker.path("phrases")) {
          if (phrase.path("count").asInt(1) > 0
              && add(out, "tracker", phrase.path("phrase").asText(null))) break;
        }
      }
    }
    for (JsonNode point : callData.path("content").path("keyPoints"))
      add(out, "keyPoint", point.path("text").asText(null));
    for (JsonNode highlight : callData.path("content").path("highlights")) {
      for (JsonNode item : highlight.path("items"))
        add(out, "highlight", item.path("text").asText(null));
    }
    return out;
  }

  /**
   * Matches in a transcript (Gong's monologues of sentences), at most {@code limit} added to {@code
   * out}.
   *
   * @return how many sentences matched in total (may exceed what was added)
   */
  public int matchTranscript(
      List<Monologue> monologues, SpeakerDirectory speakers, List<Match> out, int limit) {
    int total = 0;
    for (Monologue monologue : monologues) {
      SpeakerDirectory.Speaker speaker = null;
      for (Sentence sentence : monologue.sentences()) {
        String text = sentence.text();
        Hit hit = find(text);
        if (hit == null) continue;
        total++;
        if (out.size() < limit) {
          if (speaker == null) speaker = speakers.resolve(monologue.speakerId());
          out.add(
              new Match(
                  "transcript",
                  hit.keyword(),
                  window(text, hit),
                  speaker.name(),
                  speaker.affiliation(),
                  sentence.start()));
        }
      }
    }
    return total;
  }

  private boolean add(List<Match> out, String field, String text) {
    Hit hit = find(text);
    if (hit == null) return false;
    out.add(new Match(field, hit.keyword(), window(text, hit), null, null, null));
    return true;
  }

  /**
   * The text, or a window of about 200 characters around the match, marked with "..." where cut.
   */
  static String window(String text, Hit hit) {
    if (text.length() <= 2 * WINDOW + 40) return text;
    int from = Math.max(0, hit.start() - WINDOW);
    int to = Math.min(text.length(), hit.end() + WINDOW);
    return (from > 0 ? "..." : "")
        + text.substring(from, to).strip()
        + (to < text.length() ? "..." : "");
  }
}
