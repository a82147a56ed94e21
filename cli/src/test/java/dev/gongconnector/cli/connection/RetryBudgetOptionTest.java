package dev.gongconnector.cli.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.cli.CliTestSupport;
import dev.gongconnector.simulator.Fault;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --retry-budget} and {@code GONG_RETRY_BUDGET}: a script shortens how long transient
 * failures are retried; the error that ends it says how long it tried.
 */
class RetryBudgetOptionTest extends CliTestSupport {

  @AfterEach
  void noFaultsLeft() {
    sim.faults().clear();
  }

  @Test
  void aStormOf500sEndsWithExit1AfterTheShortBudgetNamingHowLongItTried() {
    sim.faults().enqueue(Fault.status(500).onPath("/v2/workspaces").times(10_000));
    long t0 = System.nanoTime();
    Result r = gong("list-workspaces", "--retry-budget", "2s");
    long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("gave up after", "retry budget 2.0 s");
    assertThat(r.json().path("success").asBoolean(true)).isFalse();
    // Not the default budget of 2 minutes (the last wait may overshoot the budget a little).
    assertThat(seconds).isLessThan(60);
    assertThat(sim.faults().pending()).as("it did retry").isLessThan(10_000 - 1);
  }

  @Test
  void theEnvironmentSetsItWhenNoFlagDoes() {
    sim.faults().enqueue(Fault.status(503).onPath("/v2/workspaces").times(10_000));
    Map<String, String> env = env();
    env.put("GONG_RETRY_BUDGET", "1s");
    Result r = gongWith(env, "", "list-workspaces");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("gave up after", "retry budget 1.0 s");
    // The flag wins over the environment.
    Result flag = gongWith(env, "", "list-workspaces", "--retry-budget", "3s");
    assertThat(flag.err()).contains("retry budget 3.0 s");
  }

  @Test
  void aBudgetThatIsNotADurationIsAUsageError() {
    Result word = gong("list-workspaces", "--retry-budget", "soon");
    assertThat(word.code()).as(word.toString()).isEqualTo(2);
    assertThat(word.err()).contains("--retry-budget", "not a duration", "10s");
    Result zero = gong("list-workspaces", "--retry-budget", "0s");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--retry-budget", "more than 0");
    Result tooLong = gong("list-workspaces", "--retry-budget", "99999999h");
    assertThat(tooLong.code()).isEqualTo(2);
    Map<String, String> env = env();
    env.put("GONG_RETRY_BUDGET", "-5s");
    Result fromEnv = gongWith(env, "", "list-workspaces");
    assertThat(fromEnv.code()).isEqualTo(2);
    assertThat(fromEnv.err()).contains("GONG_RETRY_BUDGET");
    // Accepted spellings reach Gong and succeed.
    for (String ok : new String[] {"500ms", "90s", "2m", "1h", "PT30S"}) {
      Result r = gong("list-workspaces", "--retry-budget", ok);
      assertThat(r.code()).as(ok + ": " + r).isZero();
    }
  }

  @Test
  void offeredWhereARequestIsSentNotByTheLocalSearch() {
    assertThat(gong("sync", "--help").out()).contains("--retry-budget");
    assertThat(gong("list-calls", "--help").out()).contains("--retry-budget");
    Result search = gong("search", "--help");
    assertThat(search.code()).isZero();
    assertThat(search.out()).contains("--profile", "--sim").doesNotContain("--retry-budget");
    Result refused = gong("search", "pricing", "--retry-budget", "2s");
    assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err()).contains("--retry-budget");
  }
}
