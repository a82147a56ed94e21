package dev.gongconnector.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.client.calls.CallListRequest;
import dev.gongconnector.simulator.Fault;
import dev.gongconnector.simulator.GongSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * DEBUG logs name method, path, status, attempt and waits, and never the secret or an Authorization
 * header.
 */
class LoggingTest {

  @Test
  void debugLogsNeverCarrySecrets() {
    Logger jul = Logger.getLogger("dev.gongconnector.client");
    List<String> lines = new ArrayList<>();
    Handler h =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            lines.add(r.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level old = jul.getLevel();
    jul.setLevel(Level.ALL);
    jul.addHandler(h);
    try (GongSimulator sim = SimTestSupport.sim(120).start()) {
      GongClient gong = SimTestSupport.client(sim).build();
      sim.faults().enqueue(Fault.status(500).onPath("/v2/calls"));
      gong.calls().list(CallListRequest.of(SimTestSupport.from(), SimTestSupport.to())).count();
      GongClient bad =
          SimTestSupport.client(sim).credentials(sim.accessKey(), "other-secret").build();
      try {
        bad.workspaces().list();
      } catch (AuthenticationException expected) {
        // logged, not thrown away
      }
      assertThat(lines).anySatisfy(l -> assertThat(l).contains("GET /v2/calls -> 200"));
      assertThat(lines)
          .anySatisfy(
              l -> assertThat(l).contains("attempt 1 failed (SERVER 500").contains("retrying in"));
      assertThat(lines)
          .anySatisfy(l -> assertThat(l).contains("GET /v2/workspaces -> 401 (requestId "));
      assertThat(lines)
          .allSatisfy(
              l ->
                  assertThat(l)
                      .doesNotContain(sim.accessKeySecret())
                      .doesNotContain("other-secret")
                      .doesNotContain("Authorization")
                      .doesNotContain("Basic ")
                      .doesNotContain("cursor="));
    } finally {
      jul.removeHandler(h);
      jul.setLevel(old);
    }
  }
}
