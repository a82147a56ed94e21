package dev.gongconnector.actions.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.calls.CallView;
import dev.gongconnector.actions.internal.Json;
import dev.gongconnector.actions.transcripts.Clock;
import dev.gongconnector.library.search.SearchHit;
import dev.gongconnector.library.search.SentenceHit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search hit as {@code search_calls} shows it, whichever source answered: the call shaped like
 * {@code get_call} plus {@code matches}, {@code matchCount} and {@code matchedFields} (which fields
 * matched, e.g. only {@code account} for a call found by its CRM account name).
 */
public final class HitViews {

  private static final Pattern MARKED = Pattern.compile("\\*\\*(.+?)\\*\\*");

  private HitViews() {}

  /**
   * @param call Gong's JSON of the call (extensive data, or the library's stored copy), or null
   */
  public static ObjectNode of(
      SearchHit h, JsonNode call, boolean includeMedia, boolean includeContent, boolean matches) {
    ObjectNode view;
    if (call != null) {
      view = CallView.of(call, Map.of(), includeMedia, includeContent);
    } else {
      view = Json.object();
      // The call summary's names (CallView), from what the index holds.
      view.put("id", h.callId());
      Json.putIfPresent(view, "title", h.title());
      Json.putIfPresent(view, "url", h.url());
      view.put("started", h.started().toString());
    }
    if (!matches) return view;
    ArrayNode list = Json.array();
    if (h.titleHighlighted() != null) list.add(match("title", h.titleHighlighted(), null));
    if (h.briefSnippet() != null) list.add(match("brief", h.briefSnippet(), null));
    for (SentenceHit s : h.sentences()) list.add(match("transcript", s.highlighted(), s));
    view.set("matches", list);
    view.put(
        "matchCount",
        h.matchingSentences()
            + (h.titleHighlighted() != null ? 1 : 0)
            + (h.briefSnippet() != null ? 1 : 0));
    ArrayNode fields = Json.array();
    h.matchedFields().forEach(fields::add);
    view.set("matchedFields", fields);
    if (!h.matchedFields().isEmpty() && !h.matchedFields().contains("transcript")) {
      view.put(
          "matchNote",
          "matched only in " + String.join(", ", h.matchedFields()) + ", not in what was said");
    }
    view.put("score", Math.round(h.score() * 1000) / 1000.0);
    return view;
  }

  /** The keywords as one query: each a phrase, any of them (same for every source). */
  public static String query(List<String> keywords) {
    StringBuilder out = new StringBuilder();
    for (String k : keywords) {
      String clean = k.replace("\"", " ").replace("\\", " ").strip();
      if (clean.isEmpty()) continue;
      if (out.length() > 0) out.append(" OR ");
      out.append('"').append(clean).append('"');
    }
    return out.toString();
  }

  private static ObjectNode match(String field, String marked, SentenceHit s) {
    ObjectNode m = Json.object();
    m.put("field", field);
    Matcher first = MARKED.matcher(marked);
    if (first.find()) m.put("keyword", first.group(1));
    m.put("text", marked);
    if (s != null) {
      m.put("speaker", s.speakerName());
      m.put("affiliation", s.affiliation());
      m.put("startMs", s.startMs());
      m.put("startTime", Clock.format(s.startMs()));
    }
    return m;
  }
}
