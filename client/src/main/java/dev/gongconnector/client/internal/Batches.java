package dev.gongconnector.client.internal;

import dev.gongconnector.client.GongException;
import dev.gongconnector.client.TransportException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Fetches records for many ids in chunks (Gong takes at most 100 call ids a request), a few chunks
 * at a time, and returns them in the order of the input ids. Any chunk failing fails the whole
 * batch: no partial result is returned as if complete.
 */
public final class Batches {

  /**
   * The most call ids Gong takes in one request (unconfirmed for transcripts; the simulator accepts
   * 100).
   */
  public static final int MAX_IDS = 100;

  private Batches() {}

  /** Splits ids into chunks of at most {@code size}. */
  public static List<List<String>> chunks(List<String> ids, int size) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += size) {
      out.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + size))));
    }
    return out;
  }

  /**
   * Runs {@code fetch} per chunk with at most {@code concurrency} in flight and returns the records
   * for the ids, in input order; ids Gong did not return are left out.
   */
  public static <R> List<R> fetchInOrder(
      List<String> ids,
      int concurrency,
      Function<List<String>, List<R>> fetch,
      Function<R, String> idOf) {
    List<List<String>> chunks = chunks(ids, MAX_IDS);
    List<List<R>> results = new ArrayList<>();
    if (chunks.size() <= 1 || concurrency <= 1) {
      for (List<String> c : chunks) {
        results.add(fetch.apply(c));
      }
    } else {
      AtomicInteger n = new AtomicInteger();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              Math.min(concurrency, chunks.size()),
              r -> {
                Thread t = new Thread(r, "gong-batch-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      try {
        List<Future<List<R>>> futures = new ArrayList<>();
        for (List<String> c : chunks) {
          futures.add(pool.submit(() -> fetch.apply(c)));
        }
        for (Future<List<R>> f : futures) {
          results.add(get(f));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    Map<String, R> byId = new LinkedHashMap<>();
    for (List<R> rs : results) {
      for (R r : rs) {
        byId.putIfAbsent(idOf.apply(r), r);
      }
    }
    List<R> out = new ArrayList<>(byId.size());
    for (String id : ids) {
      R r = byId.get(id);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private static <R> R get(Future<R> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof GongException g) {
        throw g;
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      throw new TransportException("Batch request failed: " + c, c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("Interrupted while waiting for a batch", e);
    }
  }
}
