package dev.gongconnector.kafka.prefetch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends a page's follow-up request (the transcripts of its calls) on threads of their own, so the
 * next page's first request can take the next slot meanwhile. Retried as {@link Retrier} says.
 *
 * <p>Follow-ups by id ({@link #byIds}) are packed {@link #MAX_IDS} ids a request, whichever pages
 * they come from: a page that does not fit in the group being filled completes it, and its rest
 * starts the next group. The ids of N calls then cost ceil(N / 100) requests, not one per page: the
 * last, partial pages of several workspaces (or a poll's few new calls in each) share requests, and
 * every page after them does not cost a request of its own. A group not full is held back only
 * while another page is being read (its ids may join); when no page is, it goes out. The price: a
 * page whose ids went into two requests waits for both (about one more slot).
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
   * The answers for {@code ids}, from one request or two that may carry other pages' ids too:
   * {@code request} gets the ids of a whole group, and the future the answers of every group that
   * took some of {@code ids} (so it may hold answers for other pages' ids). All follow-ups by id of
   * a task must use the same {@code request}.
   */
  public synchronized <T> Future<List<T>> byIds(
      String what, List<String> ids, Function<List<String>, List<T>> request) {
    List<CompletableFuture<List<?>>> parts = new ArrayList<>(2);
    for (int from = 0; from < ids.size(); ) {
      if (group == null) group = new Group(what, request);
      int take = Math.min(MAX_IDS - group.ids.size(), ids.size() - from);
      group.ids.addAll(ids.subList(from, from + take));
      from += take;
      parts.add(group.answer);
      if (group.ids.size() >= MAX_IDS) send();
    }
    if (group != null && reading <= 1) send(); // no other page to wait for
    @SuppressWarnings("unchecked")
    Future<List<T>> answer = (Future<List<T>>) (Object) joined(parts);
    return answer;
  }

  /**
   * The answers of {@code parts} in one list; cancelled when one is (the task is stopping), failed
   * when one fails.
   */
  private static CompletableFuture<List<?>> joined(List<CompletableFuture<List<?>>> parts) {
    if (parts.size() == 1) return parts.get(0);
    CompletableFuture<List<?>> all = new CompletableFuture<>();
    CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        .whenComplete(
            (done, failed) -> {
              if (failed == null) {
                List<Object> answers = new ArrayList<>();
                for (CompletableFuture<List<?>> p : parts) answers.addAll(p.join());
                all.complete(answers);
              } else if (parts.stream().anyMatch(CompletableFuture::isCancelled)) {
                all.cancel(false);
              } else {
                all.completeExceptionally(
                    failed instanceof CompletionException && failed.getCause() != null
                        ? failed.getCause()
                        : failed);
              }
            });
    return all;
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
