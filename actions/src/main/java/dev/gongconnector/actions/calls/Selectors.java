package dev.gongconnector.actions.calls;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongconnector.actions.params.InvalidParameterException;
import dev.gongconnector.client.calls.ContentSelector;
import dev.gongconnector.client.calls.ContentSelector.Field;
import dev.gongconnector.client.calls.ContextLevel;
import dev.gongconnector.client.calls.ContextTiming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the client's {@link ContentSelector} from action parameters. */
public final class Selectors {

  /** The content flags of seed 1, in Gong's spelling. */
  public static final List<String> CONTENT_FLAGS =
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

  /** The interaction flags of seed 1, in Gong's spelling. */
  public static final List<String> INTERACTION_FLAGS =
      List.of("speakers", "video", "personInteractionStats", "questions");

  private static final Map<String, Field> FIELDS =
      Map.ofEntries(
          Map.entry("structure", Field.STRUCTURE), Map.entry("topics", Field.TOPICS),
          Map.entry("trackers", Field.TRACKERS),
              Map.entry("trackerOccurrences", Field.TRACKER_OCCURRENCES),
          Map.entry("pointsOfInterest", Field.POINTS_OF_INTEREST), Map.entry("brief", Field.BRIEF),
          Map.entry("outline", Field.OUTLINE), Map.entry("highlights", Field.HIGHLIGHTS),
          Map.entry("callOutcome", Field.CALL_OUTCOME), Map.entry("keyPoints", Field.KEY_POINTS),
          Map.entry("speakers", Field.SPEAKERS), Map.entry("video", Field.VIDEO),
          Map.entry("personInteractionStats", Field.PERSON_INTERACTION_STATS),
              Map.entry("questions", Field.QUESTIONS));

  private Selectors() {}

  public static ContextLevel contextLevel(String value) {
    if (value == null) return ContextLevel.NONE;
    for (ContextLevel level : ContextLevel.values()) {
      if (level.wire().equalsIgnoreCase(value)) return level;
    }
    throw new InvalidParameterException(
        "context", "parameter 'context' must be None, Basic or Extended");
  }

  /** Parses {@code context_timing} values (Now, TimeOfCall), allowed only with Extended context. */
  public static List<ContextTiming> contextTiming(List<String> values, ContextLevel level) {
    List<ContextTiming> out = new ArrayList<>();
    for (String v : values) {
      ContextTiming match = null;
      for (ContextTiming t : ContextTiming.values()) {
        if (t.wire().equalsIgnoreCase(v.strip())) match = t;
      }
      if (match == null) {
        throw new InvalidParameterException(
            "context_timing",
            "parameter 'context_timing' accepts Now and " + "TimeOfCall, got '" + v + "'");
      }
      if (!out.contains(match)) out.add(match);
    }
    if (!out.isEmpty() && level != ContextLevel.EXTENDED) {
      throw new InvalidParameterException(
          "context_timing",
          "parameter 'context_timing' is valid only with "
              + "context Extended (Gong refuses it otherwise)");
    }
    return out;
  }

  /**
   * Sets every flag of {@code flags} that is true. {@code trackerOccurrences} brings {@code
   * trackers} along: Gong returns occurrences only inside trackers.
   */
  public static void apply(ContentSelector.Builder builder, ObjectNode flags) {
    flags
        .fields()
        .forEachRemaining(
            e -> {
              Field field = FIELDS.get(e.getKey());
              if (field != null && e.getValue().booleanValue()) {
                builder.include(field);
                if (field == Field.TRACKER_OCCURRENCES) builder.include(Field.TRACKERS);
              }
            });
  }

  /**
   * Every content and interaction field: what "include_content" means for get_call and
   * search_calls.
   */
  public static void allContent(ContentSelector.Builder builder) {
    for (Field f : FIELDS.values()) builder.include(f);
  }
}
