package dev.gongconnector.kafka.prefetch;

import dev.gongconnector.kafka.streams.SyncUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a task's pages ahead of {@code poll()} on a thread of its own, so that a request goes out
 * in every rate slot the task owns while {@code poll()} waits for answers or Connect produces the
 * last page's records. Pages reach {@code poll()} in the order they were read, through a queue of
 * {@link #QUEUE_PAGES} pages (memory stays bounded; a slow producer holds the reading back). A
 * unit's pages are read one after the other (each needs the cursor of the one before), units take
 * turns.
 *
 * <p>Offsets are unchanged by reading ahead: each page carries the positions before and after it,
 * computed in reading order, and is emitted whole and in that order. A stopped task loses only
 * pages that were read but not yet committed, and reads them again from the committed offset.
 */
public final class Prefetcher {

  private static final Logger LOG = LoggerFactory.getLogger(Prefetcher.class);

  /** How long {@link #next()} waits for a page or an answer before returning null. */
  public static final long MAX_WAIT_MS = 500;

  /** Pages read ahead and waiting for {@code poll()} (besides the one it is completing). */
  static final int QUEUE_PAGES = 2;

  /**
   * Follow-up requests in flight at once: with answers slower than a slot (Gong's transcripts of
   * 100 calls can be), the next page's transcripts go out while the last page's are still coming
   * in. The slots, not this, bound the rate.
   */
  static final int FOLLOW_UP_THREADS = 2;

  private final List<SyncUnit> units;
  private final Clock clock;
  private final Retrier retrier;
  private final FollowUps followUps;
  private final ExecutorService followUpThreads;
  private final Thread thread;
  private final BlockingQueue<FetchedPage> pages = new ArrayBlockingQueue<>(QUEUE_PAGES);
  private volatile RuntimeException failure;
  private FetchedPage current; // poll()'s thread only
  private int next; // the reading thread only

  public Prefetcher(String name, List<SyncUnit> units, Clock clock, Duration pauseRecheck) {
    this.units = units;
    this.clock = clock;
    this.retrier = new Retrier(clock, pauseRecheck);
    this.followUpThreads =
        Executors.newFixedThreadPool(
            FOLLOW_UP_THREADS,
            r -> {
              Thread t = new Thread(r, name + "-follow-up");
              t.setDaemon(true);
              return t;
            });
    this.followUps = new FollowUps(followUpThreads, retrier);
    this.thread = new Thread(this::readAhead, name + "-read-ahead");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /**
   * The next page's records in reading order, or null when none is complete within about {@link
   * #MAX_WAIT_MS} (twice at most: for a page, then for its answer).
   *
   * @throws RuntimeException what ended the reading: refused credentials or scopes, a bug
   */
  public List<SourceRecord> next() throws InterruptedException {
    RuntimeException f = failure;
    if (f != null) throw f;
    if (current == null) current = pages.poll(MAX_WAIT_MS, TimeUnit.MILLISECONDS);
    if (current == null) return null;
    List<SourceRecord> records = current.records(MAX_WAIT_MS);
    if (records == null) return null;
    current = null;
    return records;
  }

  /** A spent daily quota holds the task back (JMX). */
  public boolean quotaPaused() {
    return retrier.quotaPaused();
  }

  /** Stops both threads, interrupting requests in flight, and waits a little for them. */
  public void stop() {
    retrier.stop();
    thread.interrupt();
    followUpThreads.shutdownNow();
    try {
      thread.join(5000);
      followUpThreads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readAhead() {
    try {
      while (!retrier.stopping()) {
        SyncUnit unit = nextDue(clock.instant());
        if (unit == null) {
          Instant now = clock.instant();
          Instant earliest =
              units.stream()
                  .map(SyncUnit::dueAt)
                  .min(Instant::compareTo)
                  .orElse(now.plusSeconds(1));
          Thread.sleep(Math.max(1, Math.min(Duration.between(now, earliest).toMillis(), 1000)));
          continue;
        }
        FetchedPage page =
            retrier.run(unit.describe(), () -> unit.fetch(clock.instant(), followUps));
        if (page != null) pages.put(page);
      }
    } catch (InterruptedException e) {
      // stopping
    } catch (RuntimeException e) {
      if (retrier.stopping()) return; // e.g. the follow-up threads refused work: stopping anyway
      LOG.error("Gong task stops reading: {}", e.getMessage());
      failure = e;
    }
  }

  private SyncUnit nextDue(Instant now) {
    for (int i = 0; i < units.size(); i++) {
      SyncUnit u = units.get((next + i) % units.size());
      if (!u.dueAt().isAfter(now)) {
        next = (next + i + 1) % units.size(); // round-robin: every workspace gets its turn
        return u;
      }
    }
    return null;
  }
}
