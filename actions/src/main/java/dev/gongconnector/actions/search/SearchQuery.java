package dev.gongconnector.actions.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A validated call search, as {@code search_calls} hands it to a {@link CallSearchBackend}.
 *
 * @param from inclusive start of the call start range (never null; the action fills a default)
 * @param to exclusive end of the range (never null)
 * @param workspaceId only calls of this workspace, or null
 * @param primaryUserIds only calls hosted by these users, or empty for all
 * @param keywords match any of these (each a phrase, searched as the library searches), or empty to
 *     list every call in range
 * @param context Gong's context level: {@code None}, {@code Basic} or {@code Extended}
 * @param includeContent add the call's content (topics, trackers, brief, key points, ...) to each
 *     result
 * @param includeMedia add media URLs (they expire after 8 hours) to each result
 * @param page 1-based page number
 * @param pageSize results per page
 * @param maxCalls at most this many calls are scanned; the result says when the range held more
 * @param maxMatchesPerCall at most this many matches are listed per call
 * @param sort {@code newest} (default), {@code oldest} or {@code relevance}
 * @param source {@code auto} (default), {@code library} or {@code api}
 */
public record SearchQuery(
    Instant from,
    Instant to,
    String workspaceId,
    List<String> primaryUserIds,
    List<String> keywords,
    String context,
    boolean includeContent,
    boolean includeMedia,
    int page,
    int pageSize,
    int maxCalls,
    int maxMatchesPerCall,
    String sort,
    String source) {

  public SearchQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    primaryUserIds = List.copyOf(primaryUserIds == null ? List.of() : primaryUserIds);
    keywords = List.copyOf(keywords == null ? List.of() : keywords);
    if (context == null) context = "None";
    sort = sort == null ? "newest" : sort.toLowerCase(java.util.Locale.ROOT);
    source = source == null ? "auto" : source.toLowerCase(java.util.Locale.ROOT);
    if (source.equals("local")) source = "library";
    if (page < 1) throw new IllegalArgumentException("page starts at 1");
    if (pageSize < 1) throw new IllegalArgumentException("pageSize must be positive");
  }

  /** The library's search request for this query (the same whichever source answers). */
  public dev.gongconnector.library.search.SearchRequest toSearchRequest() {
    return dev.gongconnector.library.search.SearchRequest.builder(HitViews.query(keywords))
        .from(from)
        .to(to)
        .workspaceId(workspaceId)
        .primaryUserIds(primaryUserIds)
        .match(dev.gongconnector.library.search.SearchRequest.Match.ANY)
        .sort(
            dev.gongconnector.library.search.SearchRequest.Sort.valueOf(
                sort.toUpperCase(java.util.Locale.ROOT)))
        .offset((int) Math.min(10_000, (long) (page - 1) * pageSize))
        .limit(pageSize)
        .sentencesPerCall(Math.min(20, maxMatchesPerCall))
        .build();
  }
}
