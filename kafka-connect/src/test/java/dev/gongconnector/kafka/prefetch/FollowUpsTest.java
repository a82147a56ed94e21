package dev.gongconnector.kafka.prefetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Follow-ups by id: partial pages read together share a request, full pages go alone. */
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
    followUps.readingDone();
    assertThat(requests).isEmpty(); // B's page may join
    Future<List<String>> b = followUps.byIds("b", ids("b", 18), echo);
    followUps.readingDone();
    assertThat(a.get(5, TimeUnit.SECONDS)).hasSize(54).containsAll(ids("a", 36));
    assertThat(b.get(5, TimeUnit.SECONDS)).containsAll(ids("b", 18));
    assertThat(requests).hasSize(1);
  }

  @Test
  void aFullPageGoesAloneAndAGroupThatWouldOverflowGoesFirst() throws Exception {
    followUps.readingStarted();
    followUps.readingStarted();
    Future<List<String>> a = followUps.byIds("a", ids("a", 60), echo);
    Future<List<String>> b = followUps.byIds("b", ids("b", 100), echo);
    assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo(ids("a", 60));
    assertThat(b.get(5, TimeUnit.SECONDS)).isEqualTo(ids("b", 100));
    assertThat(requests).hasSize(2);
  }

  @Test
  void aPageWithNoOtherBeingReadGoesAtOnce() throws Exception {
    followUps.readingStarted();
    Future<List<String>> a = followUps.byIds("a", ids("a", 5), echo);
    assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo(ids("a", 5));
  }

  private static List<String> ids(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
  }
}
