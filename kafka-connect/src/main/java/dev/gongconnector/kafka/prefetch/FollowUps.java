package dev.gongconnector.kafka.prefetch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends a page's follow-up request (the transcripts of its calls) on threads of their own, so the
 * next page's first request can take the next slot meanwhile. Retried as {@link Retrier} says.
 *
 * <p>Follow-ups by id ({@link #byIds}) of pages not full are sent together, up to {@link #MAX_IDS}
 * ids a request: the last, partial pages of several workspaces (or a poll's few new calls in each)
 * cost one request, not one each. A page's ids are held back only while another unit's page is
 * being read (its ids may join them), and never split: the group goes out when the next page would
 * not fit, or when no page is being read.
 */
public final class FollowUps {

  /** Ids a follow-up request takes at most (Gong's transcripts: 100). */
  public static final int MAX_IDS = 100;

  private final ExecutorService executor;
  private final Retrier retrier;
  private Group group; // guarded by this
  private int reading; // pages being read; guarded by this

  FollowUps(ExecutorService executor, Retrier retrier) {
    this.executor = executor;
    this.retrier = retrier;
  }

  public <T> Future<T> submit(String what, Supplier<T> request) {
    return executor.submit(() -> retrier.run(what, request));
  }

  /**
   * The answers for {@code ids} (at most {@link #MAX_IDS}), from one request that may carry other
   * pages' ids too: {@code request} gets the ids of the whole group and the future its whole
   * answer. All follow-ups by id of a task must use the same {@code request}.
   */
  public synchronized <T> Future<List<T>> byIds(
      String what, List<String> ids, Function<List<String>, List<T>> request) {
    if (group != null && group.ids.size() + ids.size() > MAX_IDS) send();
    if (group == null) group = new Group(what, request);
    group.ids.addAll(ids);
    @SuppressWarnings("unchecked")
    CompletableFuture<List<T>> answer = (CompletableFuture<List<T>>) (Object) group.answer;
    if (group.ids.size() >= MAX_IDS || reading <= 1) send(); // no other page to wait for
    return answer;
  }

  /** A unit starts reading a page. */
  synchronized void readingStarted() {
    reading++;
  }

  /** That page is read (or failed): a group waiting only for it goes out. */
  synchronized void readingDone() {
    reading--;
    if (reading == 0 && group != null) send();
  }

  private void send() {
    Group g = group;
    group = null;
    try {
      executor.execute(
          () -> {
            try {
              g.answer.complete(retrier.run(g.what, () -> g.request.apply(g.ids)));
            } catch (InterruptedException e) {
              g.answer.cancel(false); // the task is stopping
            } catch (RuntimeException e) {
              g.answer.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      g.answer.cancel(false); // the threads refuse work: the task is stopping
    }
  }

  private static final class Group {
    final String what;
    final Function<List<String>, ? extends List<?>> request;
    final List<String> ids = new ArrayList<>();
    final CompletableFuture<List<?>> answer = new CompletableFuture<>();

    Group(String what, Function<List<String>, ? extends List<?>> request) {
      this.what = what;
      this.request = request;
    }
  }
}
