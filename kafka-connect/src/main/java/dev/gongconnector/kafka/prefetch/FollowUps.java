package dev.gongconnector.kafka.prefetch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Sends a page's follow-up request (the transcripts of its calls) on threads of their own, so the
 * next page's first request can take the next slot meanwhile. Retried as {@link Retrier} says.
 */
public final class FollowUps {

  private final ExecutorService executor;
  private final Retrier retrier;

  FollowUps(ExecutorService executor, Retrier retrier) {
    this.executor = executor;
    this.retrier = retrier;
  }

  public <T> Future<T> submit(String what, Supplier<T> request) {
    return executor.submit(() -> retrier.run(what, request));
  }
}
