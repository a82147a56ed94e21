package dev.gongconnector.cli.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.gongconnector.cli.CliContext;
import dev.gongconnector.cli.Main;
import dev.gongconnector.mcp.McpWarmup;
import dev.gongconnector.simulator.GongSimulator;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run of {@code bin/gong}'s class-data-sharing archive: runs a few typical commands
 * in-process (help, version, an action over HTTP against a small local Gong, a table, the MCP
 * server's initialize and a tool call) so that the JVM started with {@code -XX:DumpLoadedClassList}
 * lists the classes they load, which {@code -Xshare:dump} then archives. Not for users; its output
 * is discarded.
 */
public final class CdsTraining {

  private static final String MCP_SESSION =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"cds\",\"version\":\"1\"}}}\n"
          + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
          + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n"
          + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":"
          + "\"list_workspace_id_options\",\"arguments\":{}}}\n";

  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    Path home = Files.createTempDirectory("gong-cds");
    PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true);
    try (GongSimulator gong = GongSimulator.builder().calls(20).start()) {
      Map<String, String> env =
          Map.of(
              "GONG_BASE_URL", gong.baseUrl(),
              "GONG_ACCESS_KEY", gong.accessKey(),
              "GONG_ACCESS_KEY_SECRET", gong.accessKeySecret(),
              "GONG_PROGRESS", "always");
      CliContext context = CliContext.of(env, home, new ByteArrayInputStream(new byte[0]));
      String[][] commands = {
        {"--version"},
        {"--help"},
        {"actions"},
        {"list-workspace-id-options"},
        {"list-calls", "--max-results", "3", "-o", "table"},
        {"get-call", "--help"},
      };
      McpWarmup.run(); // what Main.main starts on its second thread
      Warmup.run();
      for (String[] command : commands) Main.execute(context, sink, sink, command);
      CliContext.system(); // what every real run reads first (environment, terminal)
      // The MCP server over stdio: initialize, list the tools, call one; it stops when stdin ends.
      PrintStream stdout = System.out;
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      try {
        CliContext mcp =
            CliContext.of(env, home, new ByteArrayInputStream(MCP_SESSION.getBytes(UTF_8)));
        Main.execute(mcp, sink, sink, "mcp");
      } finally {
        System.setOut(stdout);
      }
      ProcessExit.endHttpSelectors(); // the end of every run (its HTTP clients are done)
    } finally {
      try (var files = Files.walk(home)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
