package dev.gongconnector.simulator.calls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongconnector.simulator.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code contentSelector} of {@code POST /v2/calls/extensive}: which parts come back. Every
 * exposed field is a boolean (default false); {@code context} is None (default), Basic or Extended;
 * {@code contextTiming} (Now, TimeOfCall; default [Now]) is allowed only with Extended.
 */
final class ContentSelector {

  static final List<String> CONTENT =
      List.of(
          "structure",
          "topics",
          "trackers",
          "trackerOccurrences",
          "pointsOfInterest",
          "brief",
          "outline",
          "highlights",
          "callOutcome",
          "keyPoints");
  static final List<String> INTERACTION =
      List.of("speakers", "video", "personInteractionStats", "questions");

  final String context;
  final List<String> contextTiming;
  final boolean parties;
  final boolean media;
  final boolean publicComments;
  private final Map<String, Boolean> flags = new TreeMap<>();

  private ContentSelector(
      String context, List<String> timing, boolean parties, boolean media, boolean comments) {
    this.context = context;
    this.contextTiming = timing;
    this.parties = parties;
    this.media = media;
    this.publicComments = comments;
  }

  boolean content(String name) {
    return flags.getOrDefault("content." + name, false);
  }

  boolean interaction(String name) {
    return flags.getOrDefault("interaction." + name, false);
  }

  boolean anyContent() {
    return CONTENT.stream().anyMatch(this::content);
  }

  boolean anyInteraction() {
    return INTERACTION.stream().anyMatch(this::interaction);
  }

  static ContentSelector parse(JsonNode sel) {
    if (sel == null || sel.isNull()) {
      return new ContentSelector("None", List.of(), false, false, false);
    }
    if (!sel.isObject()) {
      throw ApiException.badRequest("contentSelector: must be a JSON object");
    }
    String context = "None";
    JsonNode c = sel.get("context");
    if (c != null && !c.isNull()) {
      if (!c.isTextual() || !List.of("None", "Basic", "Extended").contains(c.textValue())) {
        throw ApiException.badRequest(
            "contentSelector.context: must be one of None, Basic, Extended");
      }
      context = c.textValue();
    }
    List<String> timing = new ArrayList<>();
    JsonNode t = sel.get("contextTiming");
    if (t != null && !t.isNull()) {
      if (!t.isArray()) {
        throw ApiException.badRequest(
            "contentSelector.contextTiming: must be an array of Now, TimeOfCall");
      }
      if (!context.equals("Extended")) {
        throw ApiException.badRequest(
            "contentSelector.contextTiming: allowed only with context Extended");
      }
      for (JsonNode e : t) {
        if (!e.isTextual() || !List.of("Now", "TimeOfCall").contains(e.textValue())) {
          throw ApiException.badRequest(
              "contentSelector.contextTiming: values must be Now or TimeOfCall");
        }
        if (!timing.contains(e.textValue())) {
          timing.add(e.textValue());
        }
      }
    }
    if (timing.isEmpty()) {
      timing.add("Now");
    }
    JsonNode ex = sel.get("exposedFields");
    if (ex != null && !ex.isNull() && !ex.isObject()) {
      throw ApiException.badRequest("contentSelector.exposedFields: must be a JSON object");
    }
    if (ex == null || ex.isNull()) {
      return new ContentSelector(context, List.copyOf(timing), false, false, false);
    }
    ContentSelector s =
        new ContentSelector(
            context,
            List.copyOf(timing),
            bool(ex, "parties", "contentSelector.exposedFields.parties"),
            bool(ex, "media", "contentSelector.exposedFields.media"),
            group(ex, "collaboration", List.of("publicComments"), null)
                .getOrDefault("publicComments", false));
    s.flags.putAll(group(ex, "content", CONTENT, "content."));
    s.flags.putAll(group(ex, "interaction", INTERACTION, "interaction."));
    return s;
  }

  private static Map<String, Boolean> group(
      JsonNode ex, String name, List<String> keys, String prefix) {
    Map<String, Boolean> out = new TreeMap<>();
    JsonNode g = ex.get(name);
    if (g == null || g.isNull()) {
      return out;
    }
    if (!g.isObject()) {
      throw ApiException.badRequest(
          "contentSelector.exposedFields." + name + ": must be a JSON object");
    }
    for (String k : keys) {
      boolean v = bool(g, k, "contentSelector.exposedFields." + name + "." + k);
      out.put(prefix == null ? k : prefix + k, v);
    }
    return out;
  }

  private static boolean bool(JsonNode obj, String field, String path) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      throw ApiException.badRequest(path + ": must be a boolean");
    }
    return n.booleanValue();
  }
}
