package dev.gongconnector.client.calls;

import dev.gongconnector.client.InvalidRequestException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code contentSelector} of {@code POST /v2/calls/extensive}: which blocks Gong returns. Only
 * what is selected comes back; {@code metaData} always does.
 *
 * <p>Use {@link #all()} for everything, {@link #none()} for metadata only, or {@link #builder()}.
 *
 * @param context CRM context level
 * @param contextTiming CRM value timing (only with {@link ContextLevel#EXTENDED}); empty = Gong's
 *     default {@code Now}
 * @param fields the exposed fields to request
 */
public record ContentSelector(
    ContextLevel context, List<ContextTiming> contextTiming, Set<Field> fields) {

  /** An exposed field of the selector; {@link #wire()} is its name inside its {@link #group()}. */
  public enum Field {
    PARTIES(null, "parties"),
    STRUCTURE("content", "structure"),
    TOPICS("content", "topics"),
    TRACKERS("content", "trackers"),
    TRACKER_OCCURRENCES("content", "trackerOccurrences"),
    POINTS_OF_INTEREST("content", "pointsOfInterest"),
    BRIEF("content", "brief"),
    OUTLINE("content", "outline"),
    HIGHLIGHTS("content", "highlights"),
    CALL_OUTCOME("content", "callOutcome"),
    KEY_POINTS("content", "keyPoints"),
    SPEAKERS("interaction", "speakers"),
    VIDEO("interaction", "video"),
    PERSON_INTERACTION_STATS("interaction", "personInteractionStats"),
    QUESTIONS("interaction", "questions"),
    PUBLIC_COMMENTS("collaboration", "publicComments"),
    MEDIA(null, "media");

    private final String group;
    private final String wire;

    Field(String group, String wire) {
      this.group = group;
      this.wire = wire;
    }

    /**
     * The object under {@code exposedFields} holding it ({@code content}, ...), or null for top
     * level.
     */
    public String group() {
      return group;
    }

    /** The wire name. */
    public String wire() {
      return wire;
    }
  }

  public ContentSelector {
    context = context == null ? ContextLevel.NONE : context;
    contextTiming = contextTiming == null ? List.of() : List.copyOf(contextTiming);
    fields = fields == null || fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
    if (!contextTiming.isEmpty() && context != ContextLevel.EXTENDED) {
      throw InvalidRequestException.ofField(
          "contentSelector.contextTiming",
          "is allowed only with context Extended (was " + context.wire() + ")");
    }
    if (fields.contains(Field.TRACKER_OCCURRENCES) && !fields.contains(Field.TRACKERS)) {
      throw InvalidRequestException.ofField(
          "contentSelector.exposedFields.content.trackerOccurrences",
          "works only together with trackers");
    }
  }

  /** Metadata only. */
  public static ContentSelector none() {
    return new ContentSelector(ContextLevel.NONE, List.of(), Set.of());
  }

  /**
   * Every exposed field except media URLs, with {@code Extended} context now and at the time of the
   * call.
   */
  public static ContentSelector all() {
    Set<Field> f = EnumSet.allOf(Field.class);
    f.remove(Field.MEDIA);
    return new ContentSelector(
        ContextLevel.EXTENDED, List.of(ContextTiming.NOW, ContextTiming.TIME_OF_CALL), f);
  }

  /** Parties only: what speaker resolution needs. */
  public static ContentSelector parties() {
    return new ContentSelector(ContextLevel.NONE, List.of(), Set.of(Field.PARTIES));
  }

  /** Whether a field is selected. */
  public boolean has(Field field) {
    return fields.contains(field);
  }

  /** A builder, starting from metadata only. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContentSelector}. */
  public static final class Builder {
    private ContextLevel context = ContextLevel.NONE;
    private List<ContextTiming> timing = List.of();
    private final Set<Field> fields = EnumSet.noneOf(Field.class);

    private Builder() {}

    /** The CRM context level. */
    public Builder context(ContextLevel context) {
      this.context = context;
      return this;
    }

    /** The CRM timing (requires {@link ContextLevel#EXTENDED}). */
    public Builder contextTiming(ContextTiming... timing) {
      this.timing = List.of(timing);
      return this;
    }

    /** Selects fields. */
    public Builder include(Field... fields) {
      this.fields.addAll(List.of(fields));
      return this;
    }

    /** Selects or unselects one field. */
    public Builder set(Field field, boolean on) {
      if (on) {
        fields.add(field);
      } else {
        fields.remove(field);
      }
      return this;
    }

    /** Validates (timing needs Extended, trackerOccurrences needs trackers). */
    public ContentSelector build() {
      return new ContentSelector(context, timing, fields);
    }
  }
}
