package dev.gongconnector.kafka.prefetch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
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
 * every page after them does not cost a request of its own. A group not full is held back while
 * another page is being read (its ids may join), or for up to {@link #HOLD_MS} while the last unit
 * read has more pages due (its next page is read next: a workspace read alone after the others
 * ended stays packed); when neither, it goes out at once. The price: a page whose ids went into two
 * requests waits for both (about one more page read).
 */
public final class FollowUps {

  /** Ids a follow-up request takes at most (Gong's transcripts: 100). */
  public static final int MAX_IDS = 100;

  /**
   * How long a group not full waits for the next page of a unit that has more due, when no page is
   * being read. It bounds the wait when that page is slow to come (a queue full of pages that
   * poll() has not taken); the next page normally comes within two slots and an answer (under a
   * second: its extensive request waits at most for the slot after the group's, and Gong answers it
   * in 50-400 ms).
   */
  static final long HOLD_MS = 1500;

  private final ExecutorService executor;
  private final Retrier retrier;
  private final long holdMs;
  private Group group; // guarded by this
  private int reading; // pages being read; guarded by this

  FollowUps(ExecutorService executor, Retrier retrier) {
    this(executor, retrier, HOLD_MS);
  }

  FollowUps(ExecutorService executor, Retrier retrier, long holdMs) {
    this.executor = executor;
    this.retrier = retrier;
    this.holdMs = holdMs;
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
    // A group not full waits at least for this page's readingDone, which says whether more come.
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

  /**
   * That page is read (or failed). When no other page is being read, a group not full goes out: at
   * once, or after {@link #HOLD_MS} unless a page joins it first when {@code moreDue} (the unit has
   * more pages due now, which are read next).
   */
  synchronized void readingDone(boolean moreDue) {
    reading--;
    if (reading > 0 || group == null) return;
    if (!moreDue) {
      send();
      return;
    }
    Group held = group;
    CompletableFuture.delayedExecutor(holdMs, TimeUnit.MILLISECONDS)
        .execute(
            () -> {
              synchronized (this) {
                // Still this group and nothing being read (else that page's readingDone decides).
                if (group == held && reading == 0) send();
              }
            });
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
