package dev.gongconnector.kafka.prefetch;

import dev.gongconnector.kafka.streams.SyncUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a task's pages ahead of {@code poll()}, so that a request goes out in every rate slot the
 * task owns while {@code poll()} waits for answers or Connect produces the last page's records.
 * Pages reach {@code poll()} through a queue of {@link #QUEUE_PAGES} pages (memory stays bounded; a
 * slow producer holds the reading back). A unit's pages are read one after the other (each needs
 * the cursor of the one before), but several units (up to {@code read.workspaces.at.once}) read at
 * once, each on a thread of its own: while one workspace's page is answered and parsed (Gong's
 * extensive data of 100 calls is slow to answer, a cold JVM slow to parse it), the next workspace's
 * request takes the next slot. Units take turns.
 *
 * <p>Offsets are unchanged by reading ahead: each page carries the positions before and after it,
 * computed in its unit's reading order, and is emitted whole and, within its unit, in that order
 * (pages of different units, whose offsets are different source partitions, may interleave). A
 * stopped task loses only pages that were read but not yet committed, and reads them again from the
 * committed offset.
 */
public final class Prefetcher {

  private static final Logger LOG = LoggerFactory.getLogger(Prefetcher.class);

  /** How long {@link #next()} waits for a page or an answer before returning null. */
  public static final long MAX_WAIT_MS = 500;

  /** Pages read ahead and waiting for {@code poll()} (besides the one it is completing). */
  static final int QUEUE_PAGES = 2;

  /**
   * Units reading at once by default (one page each): the task's slots, not this, bound the rate.
   */
  public static final int DEFAULT_AT_ONCE = 3;

  /**
   * Follow-up requests in flight at once: with answers slower than a slot (Gong's transcripts of
   * 100 calls can be), the next page's transcripts go out while the last page's are still coming
   * in. The slots, not this, bound the rate.
   */
  static final int FOLLOW_UP_THREADS = 3;

  private final List<SyncUnit> units;
  private final Clock clock;
  private final Retrier retrier;
  private final FollowUps followUps;
  private final ExecutorService followUpThreads;
  private final ExecutorService fetchThreads;
  private final Thread thread;
  private final int atOnce;
  private final BlockingQueue<FetchedPage> pages = new ArrayBlockingQueue<>(QUEUE_PAGES);

  /** Units whose page is read; the read-ahead thread takes them back from here. */
  private final BlockingQueue<SyncUnit> finished = new LinkedBlockingQueue<>();

  private final Set<SyncUnit> reading = new HashSet<>(); // the read-ahead thread only
  private volatile RuntimeException failure;
  private FetchedPage current; // poll()'s thread only
  private int next; // the read-ahead thread only

  /**
   * @param atOnce units reading at once (at least 1; {@code read.workspaces.at.once})
   */
  public Prefetcher(
      String name, List<SyncUnit> units, Clock clock, Duration pauseRecheck, int atOnce) {
    this.units = units;
    this.atOnce = Math.max(1, atOnce);
    this.clock = clock;
    this.retrier = new Retrier(clock, pauseRecheck);
    this.followUpThreads =
        Executors.newFixedThreadPool(FOLLOW_UP_THREADS, daemon(name + "-follow-up"));
    this.fetchThreads =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(this.atOnce, units.size())), daemon(name + "-fetch"));
    this.followUps = new FollowUps(followUpThreads, retrier);
    this.thread = new Thread(this::readAhead, name + "-read-ahead");
    thread.setDaemon(true);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
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

  /** Stops the threads, interrupting requests in flight, and waits a little for them. */
  public void stop() {
    retrier.stop();
    thread.interrupt();
    fetchThreads.shutdownNow();
    followUpThreads.shutdownNow();
    try {
      thread.join(5000);
      fetchThreads.awaitTermination(5, TimeUnit.SECONDS);
      followUpThreads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readAhead() {
    try {
      while (!retrier.stopping() && failure == null) {
        for (SyncUnit u = finished.poll(); u != null; u = finished.poll()) reading.remove(u);
        SyncUnit unit = reading.size() < atOnce ? nextDue(clock.instant()) : null;
        if (unit == null) {
          // Nothing to start now: wait for a unit to finish its page, or the earliest to be due.
          Instant now = clock.instant();
          Instant earliest =
              units.stream()
                  .filter(u -> !reading.contains(u))
                  .map(SyncUnit::dueAt)
                  .min(Instant::compareTo)
                  .orElse(now.plusSeconds(1));
          long waitMs = Math.max(1, Math.min(Duration.between(now, earliest).toMillis(), 1000));
          SyncUnit done = finished.poll(waitMs, TimeUnit.MILLISECONDS);
          if (done != null) reading.remove(done);
          continue;
        }
        reading.add(unit);
        fetchThreads.execute(() -> read(unit));
      }
    } catch (InterruptedException | RejectedExecutionException e) {
      // stopping
    }
  }

  /** Reads one page of {@code unit} (on a fetch thread) and queues it. */
  private void read(SyncUnit unit) {
    try {
      FetchedPage page;
      followUps.readingStarted();
      try {
        page = retrier.run(unit.describe(), () -> unit.fetch(clock.instant(), followUps));
      } finally {
        // Before waiting for room in the queue. More due now: its next page is read next.
        followUps.readingDone(!unit.dueAt().isAfter(clock.instant()));
      }
      if (page != null) pages.put(page);
    } catch (InterruptedException e) {
      // stopping
    } catch (RuntimeException e) {
      if (retrier.stopping()) return; // e.g. the follow-up threads refused work: stopping anyway
      LOG.error("Gong task stops reading: {}", e.getMessage());
      failure = e;
    } finally {
      finished.add(unit);
    }
  }

  private SyncUnit nextDue(Instant now) {
    for (int i = 0; i < units.size(); i++) {
      SyncUnit u = units.get((next + i) % units.size());
      if (!reading.contains(u) && !u.dueAt().isAfter(now)) {
        next = (next + i + 1) % units.size(); // round-robin: every workspace gets its turn
        return u;
      }
    }
    return null;
  }
}
