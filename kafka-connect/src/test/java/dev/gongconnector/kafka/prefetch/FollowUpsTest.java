package dev.gongconnector.kafka.prefetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Follow-ups by id: packed 100 ids a request, whichever pages they come from. */
class FollowUpsTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final FollowUps followUps =
      new FollowUps(threads, new Retrier(Clock.systemUTC(), Duration.ofSeconds(1)));
  private final List<List<String>> requests = new ArrayList<>();
  private final Function<List<String>, List<String>> echo =
      ids -> {
        synchronized (requests) {
          requests.add(List.copyOf(ids));
        }
        return ids;
      };

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void partialPagesOfUnitsReadTogetherShareOneRequest() throws Exception {
    followUps.readingStarted(); // workspace A's last page
    followUps.readingStarted(); // workspace B's last page, read at the same time
    Future<List<String>> a = followUps.byIds("a", ids("a", 36), echo);
    followUps.readingDone(false);
    assertThat(requests).isEmpty(); // B's page may join
    Future<List<String>> b = followUps.byIds("b", ids("b", 18), echo);
    followUps.readingDone(false);
    assertThat(a.get(5, TimeUnit.SECONDS)).hasSize(54).containsAll(ids("a", 36));
    assertThat(b.get(5, TimeUnit.SECONDS)).containsAll(ids("b", 18));
    assertThat(requests).hasSize(1);
  }

  @Test
  void aPageThatDoesNotFitFillsTheGroupAndItsRestStartsTheNext() throws Exception {
    followUps.readingStarted();
    followUps.readingStarted();
    Future<List<String>> a = followUps.byIds("a", ids("a", 60), echo);
    Future<List<String>> b = followUps.byIds("b", ids("b", 100), echo);
    assertThat(a.get(5, TimeUnit.SECONDS)).containsAll(ids("a", 60));
    synchronized (requests) {
      assertThat(requests).hasSize(1); // a's 60 and b's first 40; b's rest waits for more
      assertThat(requests.get(0)).hasSize(100).startsWith("a0").endsWith("b39");
    }
    assertThat(b.isDone()).isFalse();
    followUps.readingDone(false);
    followUps.readingDone(false); // nothing is read any more: b's rest goes out
    assertThat(b.get(5, TimeUnit.SECONDS)).containsAll(ids("b", 100));
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1)).isEqualTo(ids("b", 100).subList(40, 100));
  }

  @Test
  void pagesReadTogetherCostOneRequestPerHundredIdsAndEachGetsAllItsAnswers() throws Exception {
    // The last pages of three workspaces, then full pages of the biggest one, read three at a time.
    int[] sizes = {28, 75, 100, 100, 97, 100, 3, 100};
    List<Future<List<String>>> answers = new ArrayList<>();
    followUps.readingStarted();
    followUps.readingStarted();
    for (int i = 0; i < sizes.length; i++) {
      followUps.readingStarted();
      answers.add(followUps.byIds("p" + i, ids("p" + i + "-", sizes[i]), echo));
      followUps.readingDone(false);
    }
    followUps.readingDone(false);
    followUps.readingDone(false);
    int total = 0;
    for (int i = 0; i < sizes.length; i++) {
      assertThat(answers.get(i).get(5, TimeUnit.SECONDS)).containsAll(ids("p" + i + "-", sizes[i]));
      total += sizes[i];
    }
    synchronized (requests) {
      assertThat(requests).hasSize((total + 99) / 100); // 603 ids: 7 requests, not 8 pages' worth
      // All full but one (the threads may record them in any order).
      assertThat(requests.stream().filter(r -> r.size() < 100)).hasSize(1);
      assertThat(requests.stream().mapToInt(List::size).sum()).isEqualTo(total);
    }
  }

  @Test
  void aPageSplitOverTwoRequestsFailsWhenEitherFails() throws Exception {
    Function<List<String>, List<String>> refusesB80 =
        ids -> {
          if (ids.contains("b80")) throw new IllegalStateException("refused");
          return echo.apply(ids);
        };
    followUps.readingStarted();
    followUps.readingStarted();
    Future<List<String>> a = followUps.byIds("a", ids("a", 30), refusesB80);
    Future<List<String>> b = followUps.byIds("b", ids("b", 100), refusesB80);
    followUps.readingDone(false);
    followUps.readingDone(false);
    assertThat(a.get(5, TimeUnit.SECONDS)).containsAll(ids("a", 30));
    assertThatThrownBy(() -> b.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("refused");
  }

  @Test
  void aPageSplitOverTwoRequestsIsCancelledWhenTheTaskStops() {
    threads.shutdownNow(); // the follow-up threads refuse work, as when the task stops
    followUps.readingStarted();
    followUps.readingStarted();
    followUps.byIds("a", ids("a", 30), echo);
    Future<List<String>> b = followUps.byIds("b", ids("b", 100), echo);
    followUps.readingDone(false);
    followUps.readingDone(false);
    assertThat(b.isCancelled()).isTrue();
    assertThatThrownBy(() -> b.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
  }

  @Test
  void aPageWithNoOtherBeingReadAndNothingMoreDueGoesAtOnce() throws Exception {
    followUps.readingStarted();
    Future<List<String>> a = followUps.byIds("a", ids("a", 5), echo);
    followUps.readingDone(false);
    assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo(ids("a", 5));
  }

  @Test
  void aGroupWaitsForTheNextPageOfAUnitWithMorePagesDue() throws Exception {
    // A workspace read alone: the 30 ids left of its page wait for its next page.
    followUps.readingStarted();
    Future<List<String>> a = followUps.byIds("a", ids("a", 30), echo);
    followUps.readingDone(true);
    followUps.readingStarted();
    Future<List<String>> b = followUps.byIds("b", ids("b", 100), echo);
    followUps.readingDone(false); // its last page
    assertThat(a.get(5, TimeUnit.SECONDS)).containsAll(ids("a", 30));
    assertThat(b.get(5, TimeUnit.SECONDS)).containsAll(ids("b", 100));
    synchronized (requests) {
      // a's 30 waited for b and went with b's first 70; sent at once, they would have gone alone
      assertThat(requests)
          .containsExactlyInAnyOrder(
              concat(ids("a", 30), ids("b", 100).subList(0, 70)), ids("b", 100).subList(70, 100));
    }
  }

  @Test
  void aHeldGroupGoesAfterTheHoldWhenNoPageComes() throws Exception {
    FollowUps holding =
        new FollowUps(threads, new Retrier(Clock.systemUTC(), Duration.ofSeconds(1)), 2000);
    holding.readingStarted();
    Future<List<String>> a = holding.byIds("a", ids("a", 5), echo);
    holding.readingDone(true); // more due, but its page never comes (say, the queue is full)
    assertThatThrownBy(() -> a.get(300, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class); // held
    assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo(ids("a", 5));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> ids(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
  }
}
