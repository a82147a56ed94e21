package dev.gongconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code gong demo} as a new user sees it: no configuration, no prompts, exit 0. */
class DemoTest extends CliTestSupport {

  @Test
  void walksThroughEveryStep() {
    // A smaller company than the default 500 calls keeps the test quick; the steps are the same.
    Result demo = gongWith(Map.of("GONG_SIM_CALLS", "200"), "", "demo");
    assertThat(demo.code()).as(demo.toString()).isZero();
    assertThat(demo.err()).contains("embedded local Gong");
    assertThat(demo.out())
        .contains(
            "[1/6]",
            "$ gong list-workspace-id-options --output table",
            "$ gong list-calls --from-date",
            "$ gong search-calls",
            "--keywords pricing",
            "$ gong retrieve-transcripts-of-calls",
            "SPEAKER",
            "$ gong add-call --client-unique-id gong-demo-",
            "\"callId\"",
            "[6/6]",
            "(added by gong demo)",
            "That's the tour.",
            "gong configure");
    assertThat(demo.out()).doesNotContain("skipped");
  }
}
