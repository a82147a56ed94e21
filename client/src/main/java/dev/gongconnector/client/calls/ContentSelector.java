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
    /** {@code parties}: the participants. */
    PARTIES(null, "parties"),
    /** {@code content.structure}: the call's structure (its parts). */
    STRUCTURE("content", "structure"),
    /** {@code content.topics}: the topics discussed. */
    TOPICS("content", "topics"),
    /** {@code content.trackers}: the trackers that matched. */
    TRACKERS("content", "trackers"),
    /** {@code content.trackerOccurrences}: when each tracker matched. */
    TRACKER_OCCURRENCES("content", "trackerOccurrences"),
    /** {@code content.pointsOfInterest}: points of interest (action items). */
    POINTS_OF_INTEREST("content", "pointsOfInterest"),
    /** {@code content.brief}: Gong's brief of the call. */
    BRIEF("content", "brief"),
    /** {@code content.outline}: Gong's outline of the call. */
    OUTLINE("content", "outline"),
    /** {@code content.highlights}: Gong's highlights. */
    HIGHLIGHTS("content", "highlights"),
    /** {@code content.callOutcome}: the outcome of the call. */
    CALL_OUTCOME("content", "callOutcome"),
    /** {@code content.keyPoints}: Gong's key points. */
    KEY_POINTS("content", "keyPoints"),
    /** {@code interaction.speakers}: talk time per speaker. */
    SPEAKERS("interaction", "speakers"),
    /** {@code interaction.video}: video statistics. */
    VIDEO("interaction", "video"),
    /** {@code interaction.personInteractionStats}: interaction statistics per person. */
    PERSON_INTERACTION_STATS("interaction", "personInteractionStats"),
    /** {@code interaction.questions}: question counts. */
    QUESTIONS("interaction", "questions"),
    /** {@code collaboration.publicComments}: public comments. */
    PUBLIC_COMMENTS("collaboration", "publicComments"),
    /** {@code media}: media URLs (valid for 8 hours). */
    MEDIA(null, "media");

    private final String group;
    private final String wire;

    Field(String group, String wire) {
      this.group = group;
      this.wire = wire;
    }

    /**
     * {@return the object under {@code exposedFields} holding it ({@code content}, ...), or null
     * for top level}
     */
    public String group() {
      return group;
    }

    /** {@return the wire name} */
    public String wire() {
      return wire;
    }
  }

  /**
   * Copies the lists (null becomes empty), so the record stays immutable.
   *
   * @param context CRM context level
   * @param contextTiming CRM value timing (only with {@link ContextLevel#EXTENDED}); empty = Gong's
   *     default {@code Now}
   * @param fields the exposed fields to request
   */
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

  /**
   * Metadata only.
   *
   * @return the selector
   */
  public static ContentSelector none() {
    return new ContentSelector(ContextLevel.NONE, List.of(), Set.of());
  }

  /**
   * {@return every exposed field except media URLs, with {@code Extended} context now and at the
   * time of the call}
   */
  public static ContentSelector all() {
    Set<Field> f = EnumSet.allOf(Field.class);
    f.remove(Field.MEDIA);
    return new ContentSelector(
        ContextLevel.EXTENDED, List.of(ContextTiming.NOW, ContextTiming.TIME_OF_CALL), f);
  }

  /**
   * Parties only: what speaker resolution needs.
   *
   * @return the selector
   */
  public static ContentSelector parties() {
    return new ContentSelector(ContextLevel.NONE, List.of(), Set.of(Field.PARTIES));
  }

  /**
   * {@return whether a field is selected}
   *
   * @param field an exposed field
   */
  public boolean has(Field field) {
    return fields.contains(field);
  }

  /**
   * A builder, starting from metadata only.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContentSelector}. */
  public static final class Builder {
    private ContextLevel context = ContextLevel.NONE;
    private List<ContextTiming> timing = List.of();
    private final Set<Field> fields = EnumSet.noneOf(Field.class);

    private Builder() {}

    /**
     * The CRM context level.
     *
     * @param context the CRM context level
     * @return this builder
     */
    public Builder context(ContextLevel context) {
      this.context = context;
      return this;
    }

    /**
     * The CRM timing (requires {@link ContextLevel#EXTENDED}).
     *
     * @param timing the CRM value timing
     * @return this builder
     */
    public Builder contextTiming(ContextTiming... timing) {
      this.timing = List.of(timing);
      return this;
    }

    /**
     * Selects fields.
     *
     * @param fields exposed fields
     * @return this builder
     */
    public Builder include(Field... fields) {
      this.fields.addAll(List.of(fields));
      return this;
    }

    /**
     * Selects or unselects one field.
     *
     * @param field an exposed field
     * @param on true to select it, false to unselect it
     * @return this builder
     */
    public Builder set(Field field, boolean on) {
      if (on) {
        fields.add(field);
      } else {
        fields.remove(field);
      }
      return this;
    }

    /**
     * Validates (timing needs Extended, trackerOccurrences needs trackers).
     *
     * @return the selector
     */
    public ContentSelector build() {
      return new ContentSelector(context, timing, fields);
    }
  }
}
