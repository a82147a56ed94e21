package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class McpLauncherTest {

  @Test
  void missingCredentialsAreAUsageErrorNamingTheVariable() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new McpLauncher(
                McpSettings.stdio(), Map.of(), new PrintStream(err, true, StandardCharsets.UTF_8))
            .run();
    assertThat(code).isEqualTo(McpLauncher.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("GONG_BASE_URL", "--sim");
  }

  @Test
  void unknownOptionsAreUsageErrors() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(
            McpMain.run(new String[] {"--htp"}, new PrintStream(err, true, StandardCharsets.UTF_8)))
        .isEqualTo(McpLauncher.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--htp", "usage");
    assertThat(McpMain.run(new String[] {"--port"}, new PrintStream(new ByteArrayOutputStream())))
        .isEqualTo(McpLauncher.USAGE);
  }

  @Test
  void generatedTokensAreLongAndDistinct() {
    String a = McpLauncher.generateToken();
    assertThat(a).hasSizeGreaterThanOrEqualTo(40).matches("[A-Za-z0-9_-]+");
    assertThat(McpLauncher.generateToken()).isNotEqualTo(a);
  }

  @Test
  void settingsNeverPrintTheToken() {
    McpSettings s = new McpSettings(true, null, 0, "secret-token", false, false);
    assertThat(s.toString()).doesNotContain("secret-token");
    assertThat(s.host()).isEqualTo("127.0.0.1");
    assertThat(McpLauncher.isLoopback("127.0.0.1")).isTrue();
    assertThat(McpLauncher.isLoopback("0.0.0.0")).isFalse();
  }

  @Test
  void toolTitlesReadAsWords() {
    assertThat(ToolAdapter.title("retrieve_transcripts_of_calls"))
        .isEqualTo("Retrieve transcripts of calls");
  }
}
