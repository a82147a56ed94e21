package dev.gongconnector.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongconnector.actions.ActionRegistry;
import dev.gongconnector.client.GongClient;
import dev.gongconnector.simulator.GongSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A script pipes its requests into {@code gong mcp} and closes stdin: every request still gets its
 * answer.
 */
class StdioEndOfInputTest {

  @Test
  void answersTheRequestsAlreadyReadBeforeStoppingWhenStdinEnds() throws Exception {
    try (GongSimulator sim =
        GongSimulator.builder()
            .calls(10)
            .seed(5)
            .rateLimitPerSecond(0)
            .dailyLimit(0)
            .latencyMs(800)
            .start()) {
      GongClient client = LocalGong.client(sim);
      GongMcpServer server =
          GongMcpServer.builder().actions(ActionRegistry.builder(client).build().list()).build();
      String requests =
          """
          {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"script","version":"1"}}}
          {"jsonrpc":"2.0","method":"notifications/initialized"}
          {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"list_workspace_id_options","arguments":{}}}
          """;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      server.serveStdio(
          new ByteArrayInputStream(requests.getBytes(StandardCharsets.UTF_8)),
          out,
          Duration.ofSeconds(30));
      String answers = out.toString(StandardCharsets.UTF_8);
      assertThat(answers).contains("\"id\":1").contains("\"id\":2").contains("workspaces");
    }
  }
}
