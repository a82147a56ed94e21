package dev.gongconnector.library.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What to look for in the library. Built with {@link #builder(String)}; every filter is optional.
 *
 * <p>Query syntax (Lucene's classic syntax): words, {@code "quoted phrases"}, {@code AND}, {@code
 * OR}, {@code NOT} / {@code -word}, {@code +word}, {@code prefix*}, {@code (groups)}. Bare words
 * must all match ({@link Match#ALL}, the default) or any may ({@link Match#ANY}). A blank query
 * lists the calls that pass the filters, newest first.
 *
 * @param from calls that started at or after this instant (inclusive), or null
 * @param to calls that started before this instant (exclusive, like Gong's {@code toDateTime}), or
 *     null
 * @param affiliation only sentences said by {@code Internal} or {@code External} speakers, or null
 * @param speaker only sentences said by a speaker whose name contains these words, or null
 * @param primaryUserIds calls hosted by any of these users, or empty for all
 * @param offset how many of the best calls to skip (paging)
 * @param limit how many calls to return (1..1000)
 * @param sentencesPerCall how many matching sentences to show for each call (0..20)
 */
public record SearchRequest(
    String query,
    Instant from,
    Instant to,
    String workspaceId,
    List<String> primaryUserIds,
    String affiliation,
    String speaker,
    int offset,
    int limit,
    int sentencesPerCall,
    Match match,
    Sort sort) {

  /** How bare words combine. */
  public enum Match {
    ALL,
    ANY
  }

  /** Order of the hits. */
  public enum Sort {
    RELEVANCE,
    NEWEST,
    OLDEST
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    if (limit < 1 || limit > 1000)
      throw new IllegalArgumentException("limit: must be between 1 and 1000, was " + limit);
    if (offset < 0 || offset > 10_000)
      throw new IllegalArgumentException("offset: must be between 0 and 10000, was " + offset);
    if (sentencesPerCall < 0 || sentencesPerCall > 20) {
      throw new IllegalArgumentException(
          "sentencesPerCall: must be between 0 and 20, was " + sentencesPerCall);
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from: must be before to (" + from + " >= " + to + ")");
    }
    if (affiliation != null) {
      affiliation = affiliation.strip();
      if (affiliation.equalsIgnoreCase("internal")) affiliation = "Internal";
      else if (affiliation.equalsIgnoreCase("external")) affiliation = "External";
      else if (affiliation.equalsIgnoreCase("unknown")) affiliation = "Unknown";
      else
        throw new IllegalArgumentException(
            "affiliation: must be Internal, External or Unknown, was " + affiliation);
    }
    workspaceId = blankToNull(workspaceId);
    primaryUserIds =
        primaryUserIds == null
            ? List.of()
            : primaryUserIds.stream()
                .map(SearchRequest::blankToNull)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    speaker = blankToNull(speaker);
    match = Objects.requireNonNullElse(match, Match.ALL);
    sort = Objects.requireNonNullElse(sort, query.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE);
  }

  /** True when the request restricts who said the matching sentences. */
  public boolean hasSpeakerFilter() {
    return affiliation != null || speaker != null;
  }

  public static Builder builder(String query) {
    return new Builder(query);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Builder of {@link SearchRequest}; defaults: 10 calls, 3 sentences each, all words, by
   * relevance.
   */
  public static final class Builder {
    private final String query;
    private Instant from;
    private Instant to;
    private String workspaceId;
    private final List<String> primaryUserIds = new ArrayList<>();
    private int offset;
    private String affiliation;
    private String speaker;
    private int limit = 10;
    private int sentencesPerCall = 3;
    private Match match;
    private Sort sort;

    private Builder(String query) {
      this.query = query;
    }

    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    public Builder workspaceId(String id) {
      this.workspaceId = id;
      return this;
    }

    public Builder primaryUserId(String id) {
      if (id != null) primaryUserIds.add(id);
      return this;
    }

    public Builder primaryUserIds(Collection<String> ids) {
      if (ids != null) primaryUserIds.addAll(ids);
      return this;
    }

    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    public Builder affiliation(String affiliation) {
      this.affiliation = affiliation;
      return this;
    }

    public Builder speaker(String name) {
      this.speaker = name;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    public Builder sentencesPerCall(int n) {
      this.sentencesPerCall = n;
      return this;
    }

    public Builder match(Match match) {
      this.match = match;
      return this;
    }

    public Builder sort(Sort sort) {
      this.sort = sort;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query,
          from,
          to,
          workspaceId,
          primaryUserIds,
          affiliation,
          speaker,
          offset,
          limit,
          sentencesPerCall,
          match,
          sort);
    }
  }
}
