package dev.gongconnector.bench.search;

import dev.gongconnector.client.calls.CallContent;
import dev.gongconnector.client.calls.CallData;
import dev.gongconnector.client.calls.ContextField;
import dev.gongconnector.client.calls.ContextObject;
import dev.gongconnector.client.calls.Highlight;
import dev.gongconnector.client.calls.HighlightItem;
import dev.gongconnector.client.calls.KeyPoint;
import dev.gongconnector.client.calls.NamedDuration;
import dev.gongconnector.client.calls.OutlineItem;
import dev.gongconnector.client.calls.OutlineSection;
import dev.gongconnector.client.calls.Party;
import dev.gongconnector.client.calls.Tracker;
import dev.gongconnector.client.calls.TrackerPhrase;
import dev.gongconnector.client.transcripts.CallTranscript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each call really contains, from what the local Gong serves over HTTP (extensive data with
 * every content block and CRM context, and the transcript), as lower-cased pieces: one per field
 * value or sentence, punctuation turned into spaces. A query matches a call when its pattern is
 * found in one piece: brute force, independent of Lucene.
 */
final class GroundTruth {

  /** One call's pieces and the topics it spent time on. */
  record CallText(String id, List<String> pieces, Set<String> topics) {}

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private GroundTruth() {}

  static CallText of(CallData d, CallTranscript t) {
    List<String> raw = new ArrayList<>();
    Set<String> topics = new HashSet<>();
    raw.add(d.metaData().title());
    CallContent c = d.content();
    if (c != null) {
      raw.add(c.brief());
      for (KeyPoint k : c.keyPoints()) raw.add(k.text());
      for (NamedDuration n : c.topics()) {
        if (n.duration() != null && n.duration() > 0) {
          raw.add(n.name());
          topics.add(n.name());
        }
      }
      for (Tracker tr : c.trackers()) {
        if (tr.count() == null || tr.count() == 0) continue;
        raw.add(tr.name());
        for (TrackerPhrase p : tr.phrases()) {
          if (p.count() == null || p.count() > 0) raw.add(p.phrase());
        }
      }
      for (Highlight h : c.highlights()) {
        raw.add(h.title());
        for (HighlightItem i : h.items()) raw.add(i.text());
      }
      for (OutlineSection s : c.outline()) {
        raw.add(s.section());
        for (OutlineItem i : s.items()) raw.add(i.text());
      }
    }
    for (var ctx : d.context()) {
      for (ContextObject o : ctx.objects()) {
        if (!"Account".equals(o.objectType()) && !"Opportunity".equals(o.objectType())) continue;
        for (ContextField f : o.fields()) {
          if ("Name".equals(f.name()) && f.value() instanceof String s) raw.add(s);
        }
      }
    }
    for (Party p : d.parties()) raw.add(p.name());
    if (t != null) {
      for (var mono : t.transcript()) {
        for (var s : mono.sentences()) raw.add(s.text());
      }
    }
    List<String> pieces = new ArrayList<>();
    for (String r : raw) {
      if (r == null || r.isBlank()) continue;
      pieces.add(" " + NON_WORD.matcher(r.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ");
    }
    return new CallText(d.id(), pieces, topics);
  }

  /** The ids of the calls with a piece matching {@code pattern}. */
  static Set<String> matching(List<CallText> calls, Pattern pattern) {
    Set<String> out = new HashSet<>();
    for (CallText c : calls) {
      for (String piece : c.pieces()) {
        if (pattern.matcher(piece).find()) {
          out.add(c.id());
          break;
        }
      }
    }
    return out;
  }

  /** How often {@code pattern} occurs in the call. */
  static int occurrences(CallText c, Pattern pattern) {
    int n = 0;
    for (String piece : c.pieces()) {
      var m = pattern.matcher(piece);
      while (m.find()) n++;
    }
    return n;
  }

  /** A pattern for any of the given word forms or phrases, on word boundaries. */
  static Pattern anyOf(List<String> forms) {
    List<String> quoted = new ArrayList<>();
    for (String f : forms) quoted.add(Pattern.quote(f.toLowerCase(Locale.ROOT)));
    return Pattern.compile("(?<= )(?:" + String.join("|", quoted) + ")(?= )");
  }
}
