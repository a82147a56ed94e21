package dev.gongconnector.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.simulator.GongSimulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connector's validate step, against the local Gong over HTTP: plain messages on the right key.
 */
class ConnectorValidateTest {

  static GongSimulator sim;

  @BeforeAll
  static void start() {
    sim =
        GongSimulator.builder()
            .calls(10)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .accessKey("validate-key")
            .accessKeySecret("validate-secret-never-shown")
            .start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Map<String, String> good() {
    Map<String, String> p = new HashMap<>();
    p.put("gong.base.url", sim.baseUrl());
    p.put("gong.access.key", sim.accessKey());
    p.put("gong.access.key.secret", sim.accessKeySecret());
    // The check waits for a slot kept for the connector (one in N): small N, short waits.
    p.put("quota.connector.slot.every", "3");
    return p;
  }

  private static Map<String, List<String>> errors(Map<String, String> props) {
    Config c = new GongSourceConnector().validate(props);
    return c.configValues().stream()
        .filter(v -> !v.errorMessages().isEmpty())
        .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
  }

  @Test
  void goodSettingsHaveNoErrors() {
    assertThat(errors(good())).isEmpty();
  }

  @Test
  void wrongCredentialsAreReportedOnTheSecret() {
    Map<String, String> p = good();
    p.put("gong.access.key.secret", "wrong-secret-value");
    Map<String, List<String>> e = errors(p);
    assertThat(e).containsOnlyKeys("gong.access.key.secret");
    assertThat(e.get("gong.access.key.secret").get(0))
        .contains("refused the access key and secret (401)")
        .doesNotContain("wrong-secret-value");
  }

  @Test
  void aBadOrUnreachableBaseUrlIsReportedOnTheUrl() {
    Map<String, String> p = good();
    p.put("gong.base.url", "http://gong.example.com");
    assertThat(errors(p).get("gong.base.url").get(0)).startsWith("Not a usable Gong base URL");
    p.put("gong.base.url", "http://127.0.0.1:1");
    assertThat(errors(p).get("gong.base.url").get(0))
        .startsWith("Cannot reach Gong at http://127.0.0.1:1");
  }

  @Test
  void aMissingKeyIsNamed() {
    Map<String, String> p = good();
    p.remove("gong.access.key");
    assertThat(errors(p)).containsKey("gong.access.key");
  }

  @Test
  void workspacesReadAtOnceMustBeFromOneToTen() {
    Map<String, String> p = good();
    p.put("read.workspaces.at.once", "0");
    assertThat(errors(p)).containsOnlyKeys("read.workspaces.at.once");
    p.put("read.workspaces.at.once", "1");
    assertThat(errors(p)).isEmpty();
  }
}
