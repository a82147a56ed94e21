package dev.gongconnector.client.internal;

import dev.gongconnector.client.GongException;
import dev.gongconnector.client.Page;
import dev.gongconnector.client.PagingProgress;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy iteration over cursor pages: one page in memory, the next fetched only when the current one
 * is consumed. A failure after the first page carries a {@link PagingProgress} (records seen, last
 * start time).
 */
public final class Paging {

  /** Fetches the page after {@code cursor} (null = first page). */
  @FunctionalInterface
  public interface PageFetcher<T> {
    Page<T> fetch(String cursor);
  }

  private Paging() {}

  /**
   * A lazy stream over all records.
   *
   * @param fetcher fetches a page by cursor
   * @param started the start time of a record (for restart hints), or null when records have none
   */
  public static <T> Stream<T> stream(PageFetcher<T> fetcher, Function<T, OffsetDateTime> started) {
    return StreamSupport.stream(new PageSpliterator<>(fetcher, started), false);
  }

  private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
    private final PageFetcher<T> fetcher;
    private final Function<T, OffsetDateTime> started;
    private Iterator<T> current;
    private String cursor;
    private boolean last;
    private int pages;
    private long seen;
    private OffsetDateTime lastStarted;

    PageSpliterator(PageFetcher<T> fetcher, Function<T, OffsetDateTime> started) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.fetcher = fetcher;
      this.started = started;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (current == null || !current.hasNext()) {
        if (last) {
          return false;
        }
        Page<T> page;
        try {
          page = fetcher.fetch(cursor);
        } catch (GongException e) {
          if (pages > 0) {
            e.withProgress(new PagingProgress(pages, seen, lastStarted, cursor));
          }
          throw e;
        }
        pages++;
        current = page.records().iterator();
        cursor = page.cursor();
        last = cursor == null;
      }
      T next = current.next();
      seen++;
      if (started != null) {
        OffsetDateTime s = started.apply(next);
        if (s != null && (lastStarted == null || s.isAfter(lastStarted))) {
          lastStarted = s;
        }
      }
      action.accept(next);
      return true;
    }
  }
}
