package dev.gongconnector.client.internal;

import dev.gongconnector.client.Collected;
import dev.gongconnector.client.Order;
import dev.gongconnector.client.Page;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Collects at most {@code max} records from one end of a date range of an ascending, cursor-paged
 * Gong listing.
 *
 * <p>Oldest first is plain paging. Newest first walks the range backward in windows: the range's
 * first page gives {@code totalRecords}, from which a window {@code [s, end)} expected to hold the
 * records still needed plus half a page is sized; the window's first page tells how many it holds.
 * A window holding more than a page too many is narrowed (from its own count) and probed again, at
 * most {@value #MAX_REFINES} times; otherwise it is paged through and the walk continues before it.
 * Window bounds are whole seconds, so calls that share a second are never split between windows.
 * Cost for M records: about ceil(M/100) + 2 requests (measured by {@code bin/bench newest-first}).
 */
public final class BoundedCollection {

  /** Fetches one page of the records started in {@code [from, to)}; cursor null = first page. */
  @FunctionalInterface
  public interface WindowFetcher<T> {
    Page<T> fetch(OffsetDateTime from, OffsetDateTime to, String cursor);
  }

  private static final int MAX_REFINES = 3;
  private static final int PAGE = 100;

  /** Gong ids are decimal numbers as strings: shorter is smaller, then digit by digit. */
  private static final Comparator<String> NUMERIC =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  private BoundedCollection() {}

  /**
   * Collects from {@code [from, to)}.
   *
   * @param started the start time of a record
   * @param id the id of a record (breaks ties of the same start time)
   */
  public static <T> Collected<T> collect(
      WindowFetcher<T> fetcher,
      Function<T, OffsetDateTime> started,
      Function<T, String> id,
      OffsetDateTime from,
      OffsetDateTime to,
      int max,
      Order order) {
    Check.range(from, to, "fromDateTime", "toDateTime");
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    Comparator<T> ascending = ascending(started, id);
    Counter requests = new Counter(fetcher);
    Page<T> first = requests.fetch(from, to, null);
    int total = first.totalRecords();
    List<T> items;
    if (order == Order.OLDEST_FIRST) {
      items = pageUntil(requests, from, to, first, max);
    } else if (!first.hasNext() || total < 0 || total <= max) {
      // All of it fits (or Gong gave no total to size windows from): page through the range.
      items = pageUntil(requests, from, to, first, Integer.MAX_VALUE);
    } else {
      // Density from where calls really start: the range may open long before its first call.
      OffsetDateTime earliest =
          first.records().stream()
              .map(started)
              .filter(t -> t != null && t.isAfter(from) && t.isBefore(to))
              .min(Comparator.naturalOrder())
              .orElse(from);
      items = backward(requests, from, earliest, to, total, max);
    }
    items.sort(order == Order.NEWEST_FIRST ? ascending.reversed() : ascending);
    boolean truncated = items.size() > max || (total >= 0 && total > max);
    if (items.size() > max) {
      items = new ArrayList<>(items.subList(0, max));
    }
    OffsetDateTime coveredFrom = from;
    OffsetDateTime coveredTo = to;
    if (truncated && !items.isEmpty()) {
      OffsetDateTime edge = started.apply(items.get(items.size() - 1));
      if (order == Order.NEWEST_FIRST) {
        coveredFrom = edge;
      } else {
        coveredTo = edge;
      }
    }
    return new Collected<>(items, total, truncated, coveredFrom, coveredTo, requests.count);
  }

  /**
   * Orders and cuts records already fetched in full (e.g. by call ids); {@code requests} is what
   * fetching them cost.
   */
  public static <T> Collected<T> ofAll(
      List<T> all,
      Function<T, OffsetDateTime> started,
      Function<T, String> id,
      int max,
      Order order,
      int requests) {
    List<T> items = new ArrayList<>(all);
    items.sort(
        order == Order.NEWEST_FIRST ? ascending(started, id).reversed() : ascending(started, id));
    boolean truncated = items.size() > max;
    OffsetDateTime edge = null;
    if (truncated) {
      items = new ArrayList<>(items.subList(0, max));
      edge = started.apply(items.get(max - 1));
    }
    return new Collected<>(
        items,
        all.size(),
        truncated,
        order == Order.NEWEST_FIRST ? edge : null,
        order == Order.OLDEST_FIRST ? edge : null,
        requests);
  }

  /** The first {@code max} records of a listing in Gong's order; see {@code Page.collect}. */
  public static <T> Collected<T> first(
      Function<String, ? extends Page<? extends T>> pages, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    List<T> items = new ArrayList<>();
    int requests = 0;
    int total = -1;
    Page<? extends T> page = null;
    boolean more;
    do {
      page = pages.apply(page == null ? null : page.cursor());
      if (requests++ == 0) total = page.totalRecords();
      int room = max - items.size();
      List<? extends T> got = page.records();
      items.addAll(got.size() <= room ? got : got.subList(0, room));
      more = got.size() > room || page.hasNext();
    } while (items.size() < max && page.hasNext());
    return new Collected<>(items, total, more, null, null, requests);
  }

  private static <T> Comparator<T> ascending(
      Function<T, OffsetDateTime> started, Function<T, String> id) {
    return Comparator.comparing(
            started, Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()))
        .thenComparing(id, Comparator.nullsFirst(NUMERIC));
  }

  /** Pages on from {@code first} until {@code limit} records or the end of the window. */
  private static <T> List<T> pageUntil(
      Counter requests, OffsetDateTime from, OffsetDateTime to, Page<T> first, int limit) {
    List<T> out = new ArrayList<>(first.records());
    Page<T> page = first;
    while (page.hasNext() && out.size() < limit) {
      page = requests.<T>fetch(from, to, page.cursor());
      out.addAll(page.records());
    }
    return out;
  }

  private static <T> List<T> backward(
      Counter requests,
      OffsetDateTime from,
      OffsetDateTime earliest,
      OffsetDateTime to,
      int total,
      int max) {
    List<T> out = new ArrayList<>();
    double perSecond = total / (double) Math.max(1, seconds(earliest, to));
    OffsetDateTime end = to;
    int refines = 0;
    while (out.size() < max && end.isAfter(from)) {
      int need = max - out.size();
      long width = (long) Math.ceil((need + PAGE / 2.0) / Math.max(perSecond, 1e-9));
      OffsetDateTime start = windowStart(from, end, width);
      Page<T> page = requests.fetch(start, end, null);
      int n = page.totalRecords() >= 0 ? page.totalRecords() : page.records().size();
      long actualWidth = Math.max(1, seconds(start, end));
      boolean tooMany = n > need + PAGE && page.hasNext();
      if (tooMany && actualWidth > 1 && refines < MAX_REFINES) {
        refines++;
        perSecond = n / (double) actualWidth;
        continue;
      }
      out.addAll(pageUntil(requests, start, end, page, Integer.MAX_VALUE));
      // An empty window says little about density: widen the next one.
      perSecond = n == 0 ? perSecond / 2 : n / (double) actualWidth;
      end = start;
    }
    return out;
  }

  /** {@code end - width}, on a whole second, not before {@code from}, before {@code end}. */
  private static OffsetDateTime windowStart(OffsetDateTime from, OffsetDateTime end, long width) {
    OffsetDateTime start = end.minusSeconds(Math.max(1, width)).truncatedTo(ChronoUnit.SECONDS);
    if (!start.isBefore(end)) {
      start = end.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    }
    return start.isBefore(from) ? from : start;
  }

  private static long seconds(OffsetDateTime from, OffsetDateTime to) {
    return Duration.between(from, to).toSeconds();
  }

  /** Counts the requests of one collection. */
  private static final class Counter {
    private final WindowFetcher<?> fetcher;
    private int count;

    Counter(WindowFetcher<?> fetcher) {
      this.fetcher = fetcher;
    }

    @SuppressWarnings("unchecked")
    <T> Page<T> fetch(OffsetDateTime from, OffsetDateTime to, String cursor) {
      count++;
      return (Page<T>) fetcher.fetch(from, to, cursor);
    }
  }
}
